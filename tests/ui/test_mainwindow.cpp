// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven through its actions, as a user would: open, edit, undo, change the edge
// order, export; plus the file formats the window writes (derivative CSV, table CSV).

#include "ui/mainwindow.h"

#include "core/gradient/gradient.h"
#include "core/io/csv.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/i18n/translations.h"
#include "ui/panels/diagnosticspanel.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

namespace tangent::ui {
namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const std::string& text)
{
    const QString path = dir.filePath(name);
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    return path;
}

std::string readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll().toStdString();
}

/// Opens `path` through the window's file controller and waits for the background load.
bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy finished(window.files(), &FileController::loadFinished);
    window.files()->openPath(path);
    if (finished.isEmpty() && !finished.wait(10000))
        return false;
    return finished.first().first().toBool();
}

const std::string kMeasurement = "# a measurement file\n"
                                 "date,temp (°C),note\n"
                                 "2024-01-01,10,ok\n"
                                 "2024-01-02,12,ok\n"
                                 "2024-01-03,,missing\n"
                                 "2024-01-04,15,ok\n"
                                 "2024-01-05,19,ok\n";

TEST(MainWindow, StartsWithSamplesAndShowsDerivative)
{
    // The last edge order persists (the recovery tests leave 2); this checks the default, 1.
    QSettings().clear();
    MainWindow window;
    ASSERT_TRUE(MainWindow::sampleNames().contains(QStringLiteral("numpy-doc-uniform")));
    window.openSample(QStringLiteral("numpy-doc-uniform"));
    ASSERT_EQ(window.document()->rowCount(), 5);
    ASSERT_EQ(window.document()->derivatives().results().size(), 1u);
    EXPECT_EQ(window.document()->derivatives().results()[0].values, (std::vector<double> { 1, 1.5, 3.5, 6, 7 }));
    EXPECT_FALSE(window.document()->isModified());
}

TEST(MainWindow, ViewLayoutMenuSwitchesAndRemembers)
{
    QSettings().clear();
    MainWindow window;
    window.show();
    window.openSample(QStringLiteral("noisy-sine"));
    ChartPanes* panes = window.chartPanes();
    EXPECT_EQ(panes->chartLayout(), ChartLayout::Overlay); // one y column
    ChartView* primary = window.chartView();
    QAction* stacked = window.findChild<QAction*>(QStringLiteral("actionLayoutstacked"));
    ASSERT_NE(stacked, nullptr);
    EXPECT_FALSE(stacked->isChecked());
    stacked->trigger();
    EXPECT_EQ(panes->chartLayout(), ChartLayout::Stacked);
    EXPECT_TRUE(stacked->isChecked());
    EXPECT_EQ(panes->panes().size(), 2);
    // The primary pane lives on: the window's other parts keep talking to it.
    EXPECT_EQ(window.chartView(), primary);
    EXPECT_EQ(panes->primary(), primary);
    EXPECT_EQ(rememberedLayout(), ChartLayout::Stacked);
    window.findChild<QAction*>(QStringLiteral("actionLayoutoverlay"))->trigger();
    EXPECT_EQ(panes->panes().size(), 1);
    EXPECT_FALSE(stacked->isChecked());
    QSettings().clear();
}

/// Equal bit for bit, NaN matching NaN.
void expectValues(const std::vector<double>& got, const std::vector<double>& expected, const char* what)
{
    ASSERT_EQ(got.size(), expected.size()) << what;
    for (std::size_t i = 0; i < got.size(); ++i)
        EXPECT_TRUE((std::isnan(expected[i]) && std::isnan(got[i])) || expected[i] == got[i])
            << what << " row " << i << ": " << got[i] << " vs " << expected[i];
}

TEST(MainWindow, OpenEditUndoEdgeOrderExport)
{
    // The last edge order and time unit persist; start from the defaults (edge order 1, per day).
    QSettings().clear();
    QTemporaryDir dir;
    const QString input = writeFile(dir, "measurement.csv", kMeasurement);
    MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, input));
    Document* doc = window.document();
    ASSERT_EQ(doc->rowCount(), 5);
    EXPECT_EQ(doc->column(0).kind, ColumnKind::DateTime);
    EXPECT_EQ(doc->column(1).unit, QStringLiteral("°C"));
    EXPECT_TRUE(std::isnan(doc->value(2, 1))); // the gap
    EXPECT_TRUE(window.files()->recentFiles().contains(QFileInfo(input).absoluteFilePath()));

    // Edit a cell through the model, as the table's editor does, then undo it with the action.
    TableModel* model = window.tableModel();
    ASSERT_TRUE(model->setData(model->index(3, 1), QStringLiteral("16"), Qt::EditRole));
    EXPECT_EQ(doc->value(3, 1), 16.0);
    EXPECT_TRUE(doc->isModified());
    window.actions().undo->trigger();
    EXPECT_EQ(doc->value(3, 1), 15.0);
    EXPECT_FALSE(doc->isModified());
    window.actions().redo->trigger();
    EXPECT_EQ(doc->value(3, 1), 16.0);
    window.actions().undo->trigger();

    // The dates are whole days apart, so x in days is exactly uniform with h = 1 and numpy takes its
    // uniform formulas. numpy.gradient([10, 12, nan, 15, 19], [19723., ..., 19727.]) gives
    // [2, nan, 1.5, nan, 4]: (12-10)/1, (nan-10)/2, (15-12)/2, (19-nan)/2, (19-15)/1.
    const double nan = std::nan("");
    ASSERT_EQ(doc->settings().timeUnit, TimeUnit::Day);
    expectValues(doc->derivatives().results().at(0).values, { 2, nan, 1.5, nan, 4 }, "edge order 1");

    // Edge order through its action: the ends change, and it is undoable. With edge_order=2 numpy
    // gives [nan, nan, 1.5, nan, nan]: each end's three-point formula reads the gap in row 3.
    window.actions().edgeOrder2->trigger();
    EXPECT_EQ(doc->settings().edgeOrder, 2);
    EXPECT_TRUE(window.actions().edgeOrder2->isChecked());
    expectValues(doc->derivatives().results().at(0).values, { nan, nan, 1.5, nan, nan }, "edge order 2");
    window.actions().undo->trigger();
    EXPECT_EQ(doc->settings().edgeOrder, 1);

    // Export: tangent-cli's format, preceded by comment lines that record how it was computed.
    const QString out = dir.filePath("derivative.csv");
    ASSERT_TRUE(window.files()->writeDerivative(out));
    const std::string text = readFile(out);
    EXPECT_NE(text.find("# x column: date (dates; derivative per d)"), std::string::npos) << text;
    EXPECT_NE(text.find("# edge order: 1"), std::string::npos);
    EXPECT_NE(text.find("# derivative order: 1"), std::string::npos);
    const CsvTable table = readCsv(text);
    ASSERT_GE(table.columns.size(), 3u);
    EXPECT_EQ(table.columns[0].name, "date");
    // Named as tangent-cli names a derivative over dates, from the header as read: per day.
    EXPECT_EQ(table.columns[2].name, "d(temp [°C])/d(date) [1/d]");
    expectValues(table.columns[1].values, { 10, 12, nan, 15, 19 }, "exported temp");
    expectValues(table.columns[2].values, { 2, nan, 1.5, nan, 4 }, "exported derivative");
}

TEST(MainWindow, RefusesToDiscardUnsavedEditsWithoutAsking)
{
    QTemporaryDir dir;
    const QString input = writeFile(dir, "a.csv", "x,y\n0,0\n1,1\n2,4\n");
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-uniform"));
    window.document()->setValue(0, 0, 42.0);
    ASSERT_TRUE(window.document()->isModified());
    window.files()->openPath(input);
    // The edit is still there: nothing was discarded.
    EXPECT_EQ(window.document()->value(0, 0), 42.0);
    EXPECT_EQ(window.document()->rowCount(), 5);
}

TEST(MainWindow, BadFileReportsWhereAndKeepsTheTable)
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, "bad.csv", "x,y\n1,2\n3,4,5\n");
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-nonuniform"));
    QSignalSpy messages(window.files(), &FileController::message);
    EXPECT_FALSE(openAndWait(window, bad));
    ASSERT_FALSE(messages.isEmpty());
    const QString text = messages.last().first().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("bad.csv"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("row 3"))) << text.toStdString();
    EXPECT_EQ(window.document()->rowCount(), 4); // the sample is still open
}

TEST(MainWindow, SaveTableRoundTripsDatesGapsAndUnits)
{
    QTemporaryDir dir;
    const QString input = writeFile(dir, "m.csv", kMeasurement);
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, input));
    window.document()->setValue(0, 1, 9.5);
    const QString saved = dir.filePath("saved.csv");
    ASSERT_TRUE(window.files()->writeTable(saved));
    EXPECT_FALSE(window.document()->isModified());
    EXPECT_EQ(window.document()->filePath(), saved);

    MainWindow second;
    ASSERT_TRUE(openAndWait(second, saved));
    const Document* a = window.document();
    const Document* b = second.document();
    ASSERT_EQ(a->columnCount(), b->columnCount());
    ASSERT_EQ(a->rowCount(), b->rowCount());
    for (int c = 0; c < a->columnCount(); ++c) {
        EXPECT_EQ(a->columnTitle(c), b->columnTitle(c));
        EXPECT_EQ(a->column(c).kind, b->column(c).kind);
        for (int r = 0; r < a->rowCount(); ++r) {
            const double va = a->value(r, c);
            const double vb = b->value(r, c);
            EXPECT_TRUE((std::isnan(va) && std::isnan(vb)) || va == vb) << r << "," << c;
        }
    }
}

TEST(MainWindow, PasteIsOneUndoStep)
{
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-nonuniform"));
    DataTableView* view = window.tableView();
    view->setCurrentIndex(window.tableModel()->index(1, 0));
    view->pasteText(QStringLiteral("11\t5\n21\t6\n"));
    Document* doc = window.document();
    EXPECT_EQ(doc->value(1, 0), 11.0);
    EXPECT_EQ(doc->value(2, 1), 6.0);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    window.actions().undo->trigger();
    EXPECT_EQ(doc->value(1, 0), 10.0);
    EXPECT_EQ(doc->value(2, 1), 4.0);
}

TEST(MainWindow, DiagnosticsPanelShowsNumpyCall)
{
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-nonuniform"));
    EXPECT_EQ(window.diagnosticsPanel()->numpyCallText(), window.document()->derivatives().numpyCall());
    EXPECT_TRUE(window.diagnosticsPanel()->numpyCallText().startsWith(QStringLiteral("numpy.gradient(")));
}

TEST(MainWindow, OpensNpyColumns)
{
    QTemporaryDir dir;
    // A 2-D float64 .npy: 3 rows x 2 columns, written by hand in the version 1.0 layout.
    std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }";
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    std::string bytes = "\x93NUMPY";
    bytes += '\x01';
    bytes += '\x00';
    bytes += static_cast<char>(header.size() & 0xff);
    bytes += static_cast<char>(header.size() >> 8);
    bytes += header;
    for (double v : { 0.0, 0.0, 1.0, 1.0, 2.0, 4.0 })
        bytes.append(reinterpret_cast<const char*>(&v), sizeof v);
    const QString path = writeFile(dir, "a.npy", bytes);
    MainWindow window;
    ASSERT_TRUE(openAndWait(window, path));
    EXPECT_EQ(window.document()->columnCount(), 2);
    EXPECT_EQ(window.document()->rowCount(), 3);
    EXPECT_EQ(window.document()->value(2, 1), 4.0);
}

} // namespace
} // namespace tangent::ui

namespace tangent::ui {
namespace {

TEST(MainWindow, CopyPutsTheSelectionOnTheClipboardAsTabSeparatedRows)
{
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-nonuniform"));
    DataTableView* view = window.tableView();
    TableModel* model = window.tableModel();
    view->selectionModel()->select(
        QItemSelection(model->index(1, 0), model->index(2, 1)), QItemSelectionModel::ClearAndSelect);
    view->copySelection();
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("10\t2\n20\t4"));
    // Pasting the copied block elsewhere reproduces the values (one undo step).
    view->setCurrentIndex(model->index(0, 0));
    view->paste();
    EXPECT_EQ(window.document()->value(0, 0), 10.0);
    EXPECT_EQ(window.document()->value(1, 1), 4.0);
    EXPECT_EQ(window.document()->undoStack()->count(), 1);
}

TEST(MainWindow, CopyWhileTheDerivativesComputeCopiesWhatTheyCompute)
{
    MainWindow window;
    window.openSample(QStringLiteral("numpy-doc-nonuniform"));
    Document* document = window.document();
    document->derivatives().setNumpyBackgroundPoints(0); // every table computes in the background
    DerivativeSettings settings = document->settings();
    settings.edgeOrder = settings.edgeOrder == 1 ? 2 : 1; // other values at the edges
    document->setSettings(settings);
    ASSERT_TRUE(document->derivatives().isComputing());
    DataTableView* view = window.tableView();
    TableModel* model = window.tableModel();
    const int column = model->modelColumnForDerivative(1);
    ASSERT_GE(column, 0);
    view->selectionModel()->select(
        QItemSelection(model->index(0, column), model->index(2, column)), QItemSelectionModel::ClearAndSelect);
    view->copySelection();
    EXPECT_FALSE(document->derivatives().isComputing());
    // The landed derivative's cells, not those shown while it computed.
    QStringList expected;
    for (int row = 0; row < 3; ++row)
        expected << model->data(model->index(row, column), TableModel::CTextRole).toString();
    EXPECT_FALSE(expected.front().isEmpty());
    EXPECT_EQ(QApplication::clipboard()->text(), expected.join(QLatin1Char('\n')));
}

TEST(MainWindow, TheDerivativeDockFitsItsControlsWithoutAHorizontalScrollBar)
{
    // German's longer items widened the dock's combo boxes past the dock (its screenshot showed a
    // horizontal scroll bar hiding half of every control); long column names must not either.
    QTemporaryDir dir;
    const std::string longName = "elapsed time since the start of the experiment in the second chamber";
    const QString path = writeFile(dir, QStringLiteral("long.csv"),
        longName
            + ",a remarkably long name for the measured temperature of the sample [degC],group label\n"
              "0,1,a\n1,2,a\n2,4,b\n3,8,b\n");
    const QLocale before;
    installTranslations(QLocale(QStringLiteral("de"))); // German, whose longer items showed it first
    MainWindow window;
    installTranslations(before);
    window.resize(1280, 780);
    ASSERT_TRUE(openAndWait(window, path));
    window.show(); // combo boxes that size to their contents do so when first shown
    QApplication::processEvents();
    const auto* dock = window.findChild<QDockWidget*>(QStringLiteral("settingsDock"));
    ASSERT_NE(dock, nullptr);
    const auto* scroll = qobject_cast<QScrollArea*>(dock->widget());
    ASSERT_NE(scroll, nullptr);
    EXPECT_LT(dock->width(), 1280 / 3) << "the dock stays a side panel";
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible())
        << "panel needs " << scroll->widget()->minimumSizeHint().width() << " px, has " << scroll->viewport()->width();
}

} // namespace
} // namespace tangent::ui
