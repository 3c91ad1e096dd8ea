// SPDX-License-Identifier: GPL-3.0-or-later
// The Explain panel and the whole computation: the lines shown for numpy's documented examples,
// the rows highlighted, agreement with `tangent-cli --explain` (run in-process through the core's
// runCli), uneven spacing, dates, edits, higher orders and errors.

#include "ui/classroom/explainpanel.h"

#include "app/cli/cli.h"
#include "core/classroom/explain.h"
#include "core/io/csv.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/classroom/computationdialog.h"
#include "ui/document/document.h"
#include "ui/document/documentexplainer.h"
#include "ui/mainwindow.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

namespace tangent::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Column numberColumn(const QString& name, std::vector<double> values)
{
    Column c;
    c.name = name;
    c.values = std::move(values);
    return c;
}

/// The lines of the panel's text, so a test can ask whether one is shown exactly.
QStringList shownLines(const ExplainPanel& panel)
{
    return panel.displayedText().split(QLatin1Char('\n'));
}

/// What `tangent-cli ARGS` prints, run in-process; fails the test on a non-zero status.
std::string cliOutput(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    EXPECT_EQ(runCli(args, out, err), 0) << err.str();
    return out.str();
}

/// explainLine of every row of `y`, one per line: the core's own listing.
std::string explainedLines(const std::vector<double>& y, const Spacing& spacing, int edgeOrder)
{
    std::string text;
    for (const ExplainedPoint& point : explainGradient(y, spacing, edgeOrder))
        text += explainLine(point) + '\n';
    return text;
}

class ExplainPanelTest : public ::testing::Test {
protected:
    void loadNumpyDocUniform() { document.loadColumns({ numberColumn("y", { 1, 2, 4, 9, 16 }) }, {}); }

    void loadCsv(const std::string& text)
    {
        document.loadTable(readCsv(text, {}, "test.csv"), {});
        panel.updateNow();
    }

    void setEdgeOrder(int edgeOrder)
    {
        DerivativeSettings settings = document.settings();
        settings.edgeOrder = edgeOrder;
        document.setSettings(settings);
        panel.updateNow();
    }

    Document document;
    ExplainPanel panel { &document };
};

TEST_F(ExplainPanelTest, NumpyDocUniformShowsEachRowsLines)
{
    loadNumpyDocUniform();
    const char* const rowLines[] = { "(y[1] - y[0]) / 1 = 1.0", "(y[2] - y[0]) / 2 = 1.5", "(y[3] - y[1]) / 2 = 3.5",
        "(y[4] - y[2]) / 2 = 6.0", "(y[4] - y[3]) / 1 = 7.0" };
    const char* const valueLines[]
        = { "(2 - 1) / 1 = 1.0", "(4 - 1) / 2 = 1.5", "(9 - 2) / 2 = 3.5", "(16 - 4) / 2 = 6.0", "(16 - 9) / 1 = 7.0" };
    const char* const results[] = { "1.0", "1.5", "3.5", "6.0", "7.0" };
    for (int row = 0; row < 5; ++row) {
        panel.setRow(row);
        const QStringList lines = shownLines(panel);
        EXPECT_TRUE(lines.contains(QString::fromLatin1(rowLines[row]))) << row << lines.join('\n').toStdString();
        EXPECT_TRUE(lines.contains(QString::fromLatin1(valueLines[row]))) << row << lines.join('\n').toStdString();
        EXPECT_TRUE(lines.contains(QString::fromLatin1(results[row]))) << row;
        EXPECT_TRUE(panel.message().isEmpty());
    }

    panel.setRow(2);
    const QStringList lines = shownLines(panel);
    EXPECT_TRUE(lines.contains("Central difference"));
    EXPECT_TRUE(lines.contains("(y[i+1] - y[i-1]) / (2h)"));
    EXPECT_TRUE(lines.contains("2h = 2.0 * h = 2.0"));
    EXPECT_TRUE(lines.contains("h = 1.0"));
    EXPECT_TRUE(panel.displayedText().contains(
        "Row 3 is inside the table, so numpy takes the central difference of its neighbours, rows 2 and 4"));

    panel.setRow(0);
    EXPECT_TRUE(shownLines(panel).contains("One-sided difference (first order)"));
    EXPECT_TRUE(panel.displayedText().contains("Row 1 is the first row"));
    panel.setRow(4);
    EXPECT_TRUE(panel.displayedText().contains("Row 5 is the last row"));
}

TEST_F(ExplainPanelTest, GroupedDataIsExplainedWithinTheRowsGroup)
{
    // Interleaved groups (tangent-cli --group g --explain names the same group and row). Group A:
    // x 0,1,2 and y 0,1,4 at table rows 1, 3, 5; table row 3 is A's row 2: (4 - 0) / 2 = 2.0.
    loadCsv("g,x,y\nA,0,0\nB,0,10\nA,1,1\nB,1,12\nA,2,4\nB,3,18\n");
    DerivativeSettings settings = document.settings();
    settings.groupColumn = 0;
    settings.xColumn = 1;
    document.setSettings(settings);
    panel.updateNow();
    panel.setRow(2);
    EXPECT_TRUE(panel.message().isEmpty()) << panel.message().toStdString();
    const QString text = panel.displayedText();
    EXPECT_FALSE(text.contains("cannot be computed")) << text.toStdString();
    EXPECT_TRUE(text.contains("Group 'A', differentiated on its own 3 rows: its row 2 (table row 3)"))
        << text.toStdString();
    EXPECT_TRUE(shownLines(panel).contains("(y[2] - y[0]) / 2 = 2.0")) << text.toStdString();
    EXPECT_TRUE(shownLines(panel).contains("(4 - 0) / 2 = 2.0")) << text.toStdString();
    // The rows that entered the value are A's first and third: table rows 1 and 5 (0-based 0, 4).
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 0, 4 }));
}

TEST_F(ExplainPanelTest, HighlightsTheRowsThatEnteredTheValue)
{
    loadNumpyDocUniform();
    QSignalSpy highlighted(&panel, &ExplainPanel::highlightedRowsChanged);
    panel.setRow(2);
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 1, 3 }));
    ASSERT_FALSE(highlighted.isEmpty());
    EXPECT_EQ(highlighted.last().first().value<QList<int>>(), (QList<int> { 1, 3 }));
    panel.setRow(0);
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 0, 1 }));
    panel.setRow(4);
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 3, 4 }));

    // Selecting the same row again announces nothing new.
    const auto count = highlighted.size();
    panel.setRow(4);
    EXPECT_EQ(highlighted.size(), count);

    setEdgeOrder(2);
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 2, 3, 4 }));
    EXPECT_TRUE(shownLines(panel).contains("One-sided three-point difference (second order)"));
    EXPECT_TRUE(shownLines(panel).contains("0.5 * y[2] + -2.0 * y[3] + 1.5 * y[4] = 8.0"));
    panel.setRow(0);
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 0, 1, 2 }));
    EXPECT_TRUE(shownLines(panel).contains("-1.5 * y[0] + 2.0 * y[1] + -0.5 * y[2] = 0.5"));
    panel.setRow(2);
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 1, 3 }));

    panel.setRow(-1);
    EXPECT_TRUE(panel.highlightedRows().isEmpty());
    EXPECT_EQ(highlighted.last().first().value<QList<int>>(), QList<int> {});
    EXPECT_FALSE(panel.message().isEmpty());
}

TEST_F(ExplainPanelTest, NonUniformXShowsTheWeights)
{
    loadCsv("x,y\n5,1\n10,2\n20,4\n30,9\n");
    panel.setRow(1);
    const QStringList lines = shownLines(panel);
    EXPECT_TRUE(lines.contains("Three-point weighted difference (uneven spacing)"));
    EXPECT_TRUE(lines.contains("a * y[i-1] + b * y[i] + c * y[i+1]")) << lines.join('\n').toStdString();
    EXPECT_TRUE(lines.contains("p = x[i] - x[i-1] = 5.0"));
    EXPECT_TRUE(lines.contains("q = x[i+1] - x[i] = 10.0"));
    EXPECT_TRUE(lines.contains("a = (-q) / (p * (p + q)) = -0.13333333333333333"));
    EXPECT_TRUE(lines.contains("b = (q - p) / (p * q) = 0.1"));
    EXPECT_TRUE(lines.contains("c = p / (q * (p + q)) = 0.03333333333333333"));
    EXPECT_TRUE(lines.contains("-0.13333333333333333 * y[0] + 0.1 * y[1] + 0.03333333333333333 * y[2] = 0.2"));
    EXPECT_TRUE(lines.contains("-0.13333333333333333 * 1 + 0.1 * 2 + 0.03333333333333333 * 4 = 0.2"));
    EXPECT_FALSE(lines.contains("h = 1.0")); // no uniform step here
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 0, 1, 2 }));

    EXPECT_TRUE(panel.displayedText().contains("Row 2 is inside the table and its neighbours are at different "
                                               "distances from it (p ≠ q), so numpy weights rows 1, 2 and 3"));

    panel.setRow(0);
    EXPECT_TRUE(shownLines(panel).contains("(y[1] - y[0]) / 5 = 0.2"));
    EXPECT_TRUE(shownLines(panel).contains("x[1] - x[0] = 5.0"));

    // Equal gaps in a column that is not uniform throughout: still the weights, which say so.
    loadCsv("x,y\n0,1\n1,2\n2,4\n4,9\n");
    panel.setRow(1);
    EXPECT_TRUE(shownLines(panel).contains("-0.5 * y[0] + 0.0 * y[1] + 0.5 * y[2] = 1.5"));
    EXPECT_TRUE(panel.displayedText().contains("here both gaps are equal (p = q = 1.0), and the weights reduce to the "
                                               "central difference of rows 1 and 3."));
}

TEST_F(ExplainPanelTest, WholeComputationIsTheCliExplainOutput)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    struct Case {
        std::string csv;
        std::vector<std::string> cliOptions;
        DerivativeSettings settings;
    };
    DerivativeSettings dx;
    dx.xColumn = -1;
    dx.dx = 0.25;
    DerivativeSettings edge2;
    edge2.edgeOrder = 2;
    const std::vector<Case> cases = {
        { "y\n1\n2\n4\n9\n16\n", {}, {} },
        { "x,y\n5,1\n10,2\n20,4\n30,9\n", {}, {} },
        { "x,y\n5,1\n10,2\n20,4\n30,9\n", { "--edge-order", "2" }, edge2 },
        { "t,a,b\n0,1,0.5\n0.1,1.5,0.25\n0.3,2.5,-1\n0.35,2,1e-05\n0.5,,3\n", {}, {} },
        { "a,b\n1,3\n4,1\n9,4\n16,1\n", { "--dx", "0.25" }, dx },
    };
    for (const Case& c : cases) {
        const QString path = dir.filePath(QStringLiteral("data.csv"));
        std::ofstream(path.toStdString(), std::ios::binary) << c.csv;
        std::vector<std::string> args { path.toStdString(), "--explain" };
        args.insert(args.end(), c.cliOptions.begin(), c.cliOptions.end());
        const std::string cli = cliOutput(args);

        document.loadTable(readCsv(c.csv), {});
        DerivativeSettings settings = document.settings();
        settings.edgeOrder = c.settings.edgeOrder;
        if (c.settings.xColumn < 0) {
            settings.xColumn = -1;
            settings.dx = c.settings.dx;
        }
        document.setSettings(settings);
        EXPECT_EQ(wholeComputationText(document).toStdString(), cli) << c.csv;

        ComputationDialog* dialog = panel.showWholeComputation();
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->text().toStdString(), cli) << c.csv;
        dialog->close();
    }

    // One column: exactly the core's explainLine for every row, nothing else.
    document.loadColumns({ numberColumn("y", { 1, 2, 4, 9, 16 }) }, {});
    EXPECT_EQ(
        wholeComputationText(document).toStdString(), explainedLines({ 1, 2, 4, 9, 16 }, Spacing::uniform(1.0), 1));
    EXPECT_EQ(wholeComputationText(document).toStdString(),
        "(y[1] - y[0]) / 1 = 1.0\n(y[2] - y[0]) / 2 = 1.5\n(y[3] - y[1]) / 2 = 3.5\n"
        "(y[4] - y[2]) / 2 = 6.0\n(y[4] - y[3]) / 1 = 7.0\n");
}

TEST_F(ExplainPanelTest, WholeComputationDialogCopiesAndSaves)
{
    loadNumpyDocUniform();
    ComputationDialog* dialog = panel.showWholeComputation();
    ASSERT_NE(dialog, nullptr);
    dialog->copyToClipboard();
    EXPECT_EQ(QApplication::clipboard()->text(), dialog->text());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("computation.txt"));
    ASSERT_TRUE(dialog->saveTo(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), dialog->text());

    QString error;
    EXPECT_FALSE(dialog->saveTo(dir.filePath(QStringLiteral("missing/dir/file.txt")), &error));
    EXPECT_FALSE(error.isEmpty());
    dialog->close();
}

TEST_F(ExplainPanelTest, FollowsEditsAndUndo)
{
    loadNumpyDocUniform();
    panel.setRow(2);
    document.setValue(3, 0, 11.0);
    QCoreApplication::processEvents(); // the panel refreshes on the next pass of the event loop
    EXPECT_TRUE(shownLines(panel).contains("(y[3] - y[1]) / 2 = 4.5"));
    EXPECT_TRUE(shownLines(panel).contains("(11 - 2) / 2 = 4.5"));
    ASSERT_NE(panel.explainedPoint(), nullptr);
    EXPECT_EQ(panel.explainedPoint()->value, document.derivatives().resultFor(0)->values[2]);

    document.undoStack()->undo();
    panel.updateNow();
    EXPECT_TRUE(shownLines(panel).contains("(9 - 2) / 2 = 3.5"));

    // A gap makes the value NaN, and the sentence says which row is empty.
    document.setValue(1, 0, kNaN);
    panel.updateNow();
    EXPECT_TRUE(shownLines(panel).contains("(9 - nan) / 2 = nan"));
    EXPECT_TRUE(panel.displayedText().contains("Row 2 is empty (a gap), so the result is nan."));

    // Removing rows past the explained one leaves a hint instead of a stale explanation.
    document.removeRows(1, 4);
    panel.updateNow();
    EXPECT_EQ(panel.explainedPoint(), nullptr);
    EXPECT_TRUE(panel.highlightedRows().isEmpty());
}

TEST_F(ExplainPanelTest, TooFewPointsShowsTheDocumentsError)
{
    document.loadColumns({ numberColumn("y", { 3 }) }, {});
    panel.setRow(0);
    ASSERT_NE(document.derivatives().resultFor(0), nullptr);
    const QString error = document.derivatives().resultFor(0)->error;
    ASSERT_FALSE(error.isEmpty());
    EXPECT_EQ(panel.message(), error);
    EXPECT_TRUE(panel.displayedText().contains(error));
    EXPECT_EQ(panel.explainedPoint(), nullptr);
    EXPECT_TRUE(panel.highlightedRows().isEmpty());
    EXPECT_FALSE(panel.findChild<QPushButton*>("copyExplanationButton")->isEnabled());
    EXPECT_TRUE(wholeComputationText(document).startsWith("# error: "));

    // Two points are enough for edge order 1, too few for edge order 2.
    document.loadColumns({ numberColumn("y", { 3, 5 }) }, {});
    panel.setRow(1);
    EXPECT_TRUE(shownLines(panel).contains("(y[1] - y[0]) / 1 = 2.0"));
    setEdgeOrder(2);
    EXPECT_EQ(panel.message(), document.derivatives().resultFor(0)->error);
    EXPECT_FALSE(panel.message().isEmpty());
}

TEST_F(ExplainPanelTest, HigherOrderExplainsTheFirstApplication)
{
    loadNumpyDocUniform();
    DerivativeSettings settings = document.settings();
    settings.order = 2;
    document.setSettings(settings);
    panel.setRow(2);
    EXPECT_TRUE(shownLines(panel).contains("(y[3] - y[1]) / 2 = 3.5"));
    EXPECT_TRUE(shownLines(panel).contains("First derivative"));
    EXPECT_TRUE(panel.displayedText().contains("This is the first application only"));
    EXPECT_EQ(panel.highlightedRows(), (QList<int> { 1, 3 }));
}

TEST_F(ExplainPanelTest, DateXIsInTheChosenTimeUnit)
{
    loadCsv("date,temp\n2024-01-01,10\n2024-01-02,12\n2024-01-04,15\n");
    ASSERT_EQ(document.column(0).kind, ColumnKind::DateTime);
    DerivativeSettings settings = document.settings();
    settings.timeUnit = TimeUnit::Day;
    document.setSettings(settings);
    panel.setRow(1);
    EXPECT_TRUE(shownLines(panel).contains("p = x[i] - x[i-1] = 1.0"));
    EXPECT_TRUE(shownLines(panel).contains("q = x[i+1] - x[i] = 2.0"));

    settings.timeUnit = TimeUnit::Hour;
    document.setSettings(settings);
    panel.updateNow();
    EXPECT_TRUE(shownLines(panel).contains("p = x[i] - x[i-1] = 24.0"));
    ASSERT_NE(panel.explainedPoint(), nullptr);
    EXPECT_EQ(panel.explainedPoint()->value, document.derivatives().resultFor(1)->values[1]);
}

TEST_F(ExplainPanelTest, ChooserAppearsForSeveralYColumns)
{
    loadCsv("x,a,b\n0,1,10\n1,2,20\n2,4,40\n");
    auto* chooser = panel.findChild<QComboBox*>("explainYColumn");
    ASSERT_NE(chooser, nullptr);
    EXPECT_FALSE(chooser->isHidden());
    EXPECT_EQ(chooser->count(), 2);
    panel.setRow(1);
    EXPECT_EQ(panel.yColumn(), 1);
    EXPECT_TRUE(shownLines(panel).contains("(4 - 1) / 2 = 1.5"));
    chooser->setCurrentIndex(1);
    EXPECT_EQ(panel.yColumn(), 2);
    EXPECT_TRUE(shownLines(panel).contains("(40 - 10) / 2 = 15.0"));

    loadCsv("x,a\n0,1\n1,2\n2,4\n");
    EXPECT_TRUE(chooser->isHidden());
    EXPECT_EQ(panel.yColumn(), 1);
}

TEST_F(ExplainPanelTest, CopyPutsTheRowsLinesOnTheClipboard)
{
    loadNumpyDocUniform();
    panel.setRow(3);
    panel.copyRow();
    EXPECT_EQ(QApplication::clipboard()->text(),
        QStringLiteral("Row 4 (i = 3): central difference\n"
                       "(y[i+1] - y[i-1]) / (2h); 2h = 2.0 * h = 2.0\n"
                       "(y[4] - y[2]) / 2 = 6.0\n"
                       "(16 - 4) / 2 = 6.0\n"));
}

TEST_F(ExplainPanelTest, PresentationModeEnlargesTheText)
{
    loadNumpyDocUniform();
    panel.setRow(2);
    const double normal = panel.findChild<QPushButton*>("wholeComputationButton")->font().pointSizeF();
    panel.setPresentationMode(true);
    EXPECT_GT(panel.findChild<QPushButton*>("wholeComputationButton")->font().pointSizeF(), normal);
    EXPECT_TRUE(shownLines(panel).contains("(y[3] - y[1]) / 2 = 3.5"));
    panel.setPresentationMode(false);
    EXPECT_EQ(panel.findChild<QPushButton*>("wholeComputationButton")->font().pointSizeF(), normal);
}

TEST(ExplainPanelInMainWindow, FollowsTheTableAndMarksTheRowsInTableAndChart)
{
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-uniform"));
    ExplainPanel* panel = window.explainPanel();
    ASSERT_NE(panel, nullptr);
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("explainDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->widget(), panel);
    EXPECT_FALSE(dock->isHidden());
    EXPECT_EQ(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);

    window.tableView()->selectDataRow(2);
    EXPECT_EQ(panel->row(), 2);
    EXPECT_TRUE(shownLines(*panel).contains("(y[3] - y[1]) / 2 = 3.5"));
    TableModel* model = window.tableModel();
    EXPECT_EQ(model->highlightedRows(), (QList<int> { 1, 3 }));
    EXPECT_TRUE(model->data(model->index(1, 0), Qt::BackgroundRole).isValid());
    EXPECT_FALSE(model->data(model->index(2, 0), Qt::BackgroundRole).isValid());
    EXPECT_EQ(window.chartView()->overlays()->highlightedRows(), (QList<int> { 1, 3 }));

    window.tableView()->selectDataRow(4);
    EXPECT_TRUE(shownLines(*panel).contains("(y[4] - y[3]) / 1 = 7.0"));
    EXPECT_EQ(model->highlightedRows(), (QList<int> { 3, 4 }));
    EXPECT_EQ(window.chartView()->overlays()->highlightedRows(), (QList<int> { 3, 4 }));

    // An edit in the table is followed.
    ASSERT_TRUE(model->setData(model->index(3, 0), QStringLiteral("10")));
    panel->updateNow();
    EXPECT_TRUE(shownLines(*panel).contains("(16 - 10) / 1 = 6.0"));

    QAction* whole = window.actions().wholeComputation;
    ASSERT_NE(whole, nullptr);
    EXPECT_EQ(whole->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    bool inClassroomMenu = false;
    for (QObject* object : whole->associatedObjects())
        if (auto* menu = qobject_cast<QMenu*>(object))
            inClassroomMenu = inClassroomMenu || menu->title() == QStringLiteral("&Classroom");
    EXPECT_TRUE(inClassroomMenu);
    whole->trigger();
    auto* dialog = window.findChild<ComputationDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->text(),
        QStringLiteral("(y[1] - y[0]) / 1 = 1.0\n(y[2] - y[0]) / 2 = 1.5\n(y[3] - y[1]) / 2 = 4.0\n"
                       "(y[4] - y[2]) / 2 = 6.0\n(y[4] - y[3]) / 1 = 6.0\n"));
    dialog->close();
}

TEST(ExplainPanelInMainWindow, FollowsTheCurrentColumnAmongSeveralYColumns)
{
    MainWindow window;
    window.document()->loadColumns(
        { numberColumn("x", { 0, 1, 2 }), numberColumn("a", { 1, 2, 4 }), numberColumn("b", { 10, 20, 40 }) }, {});
    TableModel* model = window.tableModel();
    window.tableView()->setCurrentIndex(model->index(1, 2));
    EXPECT_EQ(window.explainPanel()->yColumn(), 2);
    EXPECT_TRUE(shownLines(*window.explainPanel()).contains("(40 - 10) / 2 = 15.0"));
    EXPECT_EQ(model->data(model->index(0, 1), Qt::BackgroundRole), QVariant());
    EXPECT_TRUE(model->data(model->index(0, 2), Qt::BackgroundRole).isValid());

    // The derivative column of a explains a; the x column keeps the previous choice.
    window.tableView()->setCurrentIndex(model->index(1, model->modelColumnForDerivative(1)));
    EXPECT_EQ(window.explainPanel()->yColumn(), 1);
    window.tableView()->setCurrentIndex(model->index(2, 0));
    EXPECT_EQ(window.explainPanel()->yColumn(), 1);
    EXPECT_TRUE(shownLines(*window.explainPanel()).contains("(y[2] - y[1]) / 1 = 2.0"));
}

} // namespace
} // namespace tangent::ui
