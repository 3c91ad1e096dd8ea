// SPDX-License-Identifier: GPL-3.0-or-later
// Document grouped by a text column (Group by): the derivative per group equals the core's
// groupedDerivative (the function tangent-cli --group runs), one undo step, the group column's
// text kept through row edits and sorting, and diagnostics naming short groups.

#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/panels/settingspanel.h"
#include "ui/table/tablemodel.h"

#include "core/gradient/gradient.h"
#include "core/gradient/groups.h"
#include "core/time/datetime.h"

#include <QAbstractItemModelTester>
#include <QComboBox>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// k,t,v with groups a and b interleaved and c of one row: as loaded from a CSV file.
CsvTable longTable()
{
    CsvTable table;
    table.rowCount = 7;
    table.columns = { csvColumn("k", {}, { "a", "b", "a", "c", "b", "a", "b" }),
        csvColumn("t", { 0, 0, 1, 5, 2, 2, 4 }), csvColumn("v", { 0, 1, 2, 9, 1, 6, 5 }) };
    return table;
}

/// The settings the Group by control asks for (x moved off the text column).
DerivativeSettings groupedBy(const Document& document, int column)
{
    return document.derivatives().groupedSettings(column);
}

TEST(DocumentGroups, GroupByIsOneUndoStepAndMatchesTheCore)
{
    Document document;
    document.loadTable(longTable(), QStringLiteral("long.csv"));
    DerivativeSettings xt = document.settings();
    xt.xColumn = 1;
    document.setSettings(xt);
    const std::vector<double> ungrouped = document.derivatives().resultFor(2)->values;
    const int steps = document.undoStack()->count();

    document.setSettings(groupedBy(document, 0));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.derivatives().effectiveGroupColumn(), 0);
    ASSERT_EQ(document.derivatives().groups().names, (std::vector<std::string> { "a", "b", "c" }));
    // a: t 0,1,2 v 0,2,6 → 2, 3, 4; b: t 0,2,4 v 1,1,5 → 0, 1, 2; c: one row, left NaN.
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, { 2, 0, 3, kNaN, 1, 4, 2 }));
    const std::vector<std::string> keys { "a", "b", "a", "c", "b", "a", "b" };
    GroupOptions options;
    const GroupedDerivative core = groupedDerivative(
        splitGroups(keys), Series { document.column(2).values, document.column(1).values, 1.0 }, options);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, core.derivative));
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("group 'c' has 1 row")))
        << allDiagnostics(document).toStdString();

    document.undoStack()->undo();
    EXPECT_EQ(document.derivatives().effectiveGroupColumn(), -1);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, ungrouped));
    document.undoStack()->redo();
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, core.derivative));
}

TEST(DocumentGroups, SmoothingMethodRunsPerGroup)
{
    CsvTable table;
    table.rowCount = 24;
    std::vector<std::string> key;
    std::vector<double> t;
    std::vector<double> v;
    for (int i = 0; i < 24; ++i) {
        key.emplace_back(i % 2 == 0 ? "even" : "odd");
        t.push_back(i / 2);
        v.push_back(i % 2 == 0 ? 0.5 * (i / 2) * (i / 2) : 3.0 * (i / 2));
    }
    table.columns = { csvColumn("sensor", {}, key), csvColumn("t", t), csvColumn("v", v) };
    Document document;
    document.loadTable(CsvTable(table), {});
    DerivativeSettings s = groupedBy(document, 0);
    s.xColumn = 1;
    s.smoothing.method = SmoothingMethod::Savgol;
    s.smoothing.window = 5;
    s.smoothing.polyorder = 2;
    document.setSettings(s);
    const DerivativeResult* r = document.derivatives().resultFor(2);
    ASSERT_NE(r, nullptr);
    ASSERT_TRUE(r->error.isEmpty()) << r->error.toStdString();
    // A quadratic and a line are fitted exactly by savgol of order 2: d = t and d = 3.
    for (int i = 0; i < 24; ++i)
        EXPECT_NEAR(r->values[static_cast<std::size_t>(i)], i % 2 == 0 ? i / 2 : 3.0, 1e-9) << "row " << i;
    EXPECT_TRUE(r->provenance.startsWith(QStringLiteral("savgol window=5 polyorder=2"))) << r->provenance.toStdString();
    EXPECT_EQ(r->smoothed.size(), 24U);
}

TEST(DocumentGroups, GroupTextIsShownAndSurvivesRowEditsAndSorting)
{
    Document document;
    TableModel model(&document);
    const QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    document.loadTable(longTable(), {});
    document.setSettings(groupedBy(document, 0));
    EXPECT_EQ(model.data(model.index(3, 0), Qt::DisplayRole).toString(), QStringLiteral("c"));
    EXPECT_FALSE(model.flags(model.index(3, 0)).testFlag(Qt::ItemIsEditable));

    document.removeRows(1, 2);
    EXPECT_EQ(document.cellText(1, 0), QStringLiteral("c"));
    document.insertRows(0, 1);
    EXPECT_EQ(document.cellText(0, 0), QString());
    EXPECT_EQ(document.cellText(2, 0), QStringLiteral("c"));
    document.undoStack()->undo();
    document.undoStack()->undo();
    for (int r = 0; r < 7; ++r)
        EXPECT_EQ(document.cellText(r, 0).toStdString(), longTable().columns[0].text[static_cast<std::size_t>(r)]);

    DerivativeSettings xt = document.settings();
    xt.xColumn = 1;
    document.setSettings(xt);
    document.sortByX();
    EXPECT_EQ(document.cellText(6, 0), QStringLiteral("c")); // t = 5 sorts last
    EXPECT_EQ(document.cellText(0, 0), QStringLiteral("a"));
    EXPECT_EQ(document.cellText(1, 0), QStringLiteral("b"));
}

TEST(DocumentGroups, RemovingTheGroupColumnUngroupsAndUndoRegroups)
{
    Document document;
    document.loadTable(longTable(), {});
    document.setSettings(groupedBy(document, 0));
    document.removeColumn(0);
    EXPECT_EQ(document.settings().groupColumn, -1);
    document.undoStack()->undo();
    EXPECT_EQ(document.derivatives().effectiveGroupColumn(), 0);
    EXPECT_EQ(document.cellText(3, 0), QStringLiteral("c"));
}

TEST(DocumentGroups, ExportWritesTheLongFormatWithItsProvenance)
{
    Document document;
    document.loadTable(longTable(), QStringLiteral("long.csv"));
    DerivativeSettings s = groupedBy(document, 0);
    s.xColumn = 1;
    document.setSettings(s);
    const std::string csv = derivativeCsv(document);
    EXPECT_NE(
        csv.find("# grouped by: k (each group differentiated on its own rows, in file order)\n"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\nk,t,v,d(v)/d(t)\na,0,0,2\nb,0,1,0\na,1,2,3\nc,5,9,\nb,2,1,1\na,2,6,4\nb,4,5,2\n"),
        std::string::npos)
        << csv;
    // The table itself is saved with the group names, not empty cells.
    EXPECT_NE(tableCsv(document).find("\na,0,0\nb,0,1\n"), std::string::npos) << tableCsv(document);
}

TEST(DocumentGroups, DatesAsXAreDifferentiatedPerGroupInTheTimeUnit)
{
    CsvTable table;
    table.rowCount = 6;
    table.columns = { csvColumn("symbol", {}, { "A", "A", "A", "B", "B", "B" }),
        csvColumn("date", {}, { "Jan 1 2000", "Jan 2 2000", "Jan 4 2000", "Jan 1 2000", "Jan 3 2000", "Jan 5 2000" }),
        csvColumn("price", { 10, 12, 16, 50, 46, 42 }) };
    Document document;
    document.loadTable(CsvTable(table), {});
    ASSERT_EQ(document.column(1).kind, ColumnKind::DateTime);
    DerivativeSettings s = groupedBy(document, 0);
    s.xColumn = 1;
    s.timeUnit = TimeUnit::Day;
    document.setSettings(s);
    // A: +2 per day, then +4 over two days; B: -2 per day throughout. Per day, as numpy would.
    const std::vector<double> a = gradient(std::vector<double> { 10, 12, 16 }, std::vector<double> { 0, 1, 3 });
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, { a[0], a[1], a[2], -2, -2, -2 }));
}

TEST(DocumentGroups, GroupByControlListsTextColumnsAndMovesXOffTheGroup)
{
    Document document;
    document.loadTable(longTable(), {});
    // tangent-cli's default x: the first column of numbers, not the text column before it.
    ASSERT_EQ(document.settings().xColumn, 1);
    DerivativeSettings textX = document.settings();
    textX.xColumn = 0; // the user makes the text column x
    document.setSettings(textX);
    ASSERT_EQ(document.settings().xColumn, 0);
    SettingsPanel panel(&document);
    auto* groupBy = panel.findChild<QComboBox*>(QStringLiteral("groupBy"));
    ASSERT_NE(groupBy, nullptr);
    ASSERT_EQ(groupBy->count(), 2);
    EXPECT_EQ(groupBy->itemText(1), QStringLiteral("k"));
    const int steps = document.undoStack()->count();
    groupBy->setCurrentIndex(1);
    emit groupBy->activated(1);
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.derivatives().effectiveGroupColumn(), 0);
    EXPECT_EQ(document.settings().xColumn, 1) << "x moves to the first column of numbers";
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(2)->values, { 2, 0, 3, kNaN, 1, 4, 2 }));
    document.undoStack()->undo();
    EXPECT_EQ(groupBy->currentIndex(), 0);
    EXPECT_EQ(document.settings().xColumn, 0);
}

} // namespace
} // namespace tangent::ui
