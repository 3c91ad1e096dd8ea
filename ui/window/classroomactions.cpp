// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/classroomactions.h"

#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/classroom/compare/comparedialog.h"
#include "ui/classroom/convergencedialog.h"
#include "ui/classroom/explainpanel.h"
#include "ui/classroom/functionlab.h"
#include "ui/classroom/functionlabdialog.h"
#include "ui/classroom/methodslessondialog.h"
#include "ui/document/document.h"
#include "ui/makeaction.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"
#include "ui/window/currentdocument.h"
#include "ui/window/windowactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QMenu>

namespace tangent::ui {
namespace {

void raise(QWidget* dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

// The texts keep the window's translation context, where they were first translated.
ClassroomActions::ClassroomActions(const Parts& parts, WindowActions& actions) : QObject(parts.window), m_parts(parts)
{
    createChartActions(actions);
    createLabActions(actions);
    createExplainActions(actions);
}

void ClassroomActions::createChartActions(WindowActions& actions) const
{
    QWidget* w = m_parts.window;
    ChartView* chart = m_parts.chart;
    auto* tangent = actions.tangent
        = makeAction(w, "actionTangent", QCoreApplication::translate("tangent::ui::MainWindow", "Show &Tangent"),
            QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "T")),
            QCoreApplication::translate("tangent::ui::MainWindow",
                "Draw the tangent with the computed slope at the selected or hovered point"));
    tangent->setCheckable(true);
    connect(tangent, &QAction::toggled, chart->overlays(), &ChartOverlays::setTangentEnabled);
    auto* clearSecant = actions.clearSecant = makeAction(w, "actionClearSecant",
        QCoreApplication::translate("tangent::ui::MainWindow", "Clear &Secant"), {},
        QCoreApplication::translate(
            "tangent::ui::MainWindow", "Remove the secant (Shift+click a point on the chart to draw one)"));
    connect(clearSecant, &QAction::triggered, chart->overlays(), &ChartOverlays::clearSecant);
    auto* next = actions.nextPoint
        = makeAction(w, "actionNextPoint", QCoreApplication::translate("tangent::ui::MainWindow", "&Next Point"),
            QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "]")),
            QCoreApplication::translate("tangent::ui::MainWindow", "Move the tangent to the next point"));
    next->setShortcuts({ QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "]")),
        QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+Right")) });
    connect(next, &QAction::triggered, chart, [chart] { chart->overlays()->stepTangent(1); });
    auto* previous = actions.previousPoint = makeAction(w, "actionPreviousPoint",
        QCoreApplication::translate("tangent::ui::MainWindow", "&Previous Point"),
        QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "[")),
        QCoreApplication::translate("tangent::ui::MainWindow", "Move the tangent to the previous point"));
    previous->setShortcuts({ QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "[")),
        QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+Left")) });
    connect(previous, &QAction::triggered, chart, [chart] { chart->overlays()->stepTangent(-1); });
    for (QAction* a : { tangent, clearSecant, next, previous }) {
        w->addAction(a);
        m_parts.menu->addAction(a);
    }
    m_parts.menu->addSeparator();
}

void ClassroomActions::createLabActions(WindowActions& actions)
{
    QWidget* w = m_parts.window;
    m_lab = new FunctionLabController(m_parts.current->document(), m_parts.chart, w);
    m_parts.current->follow(m_lab);
    auto* lab = actions.functionLab
        = makeAction(w, "actionFunctionLab", QCoreApplication::translate("tangent::ui::MainWindow", "&Function Lab…"),
            QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+L")),
            QCoreApplication::translate(
                "tangent::ui::MainWindow", "Generate data from a function and compare with its exact derivative"));
    connect(lab, &QAction::triggered, this, [this] { raise(functionLabDialog()); });
    auto* convergence = actions.convergence = makeAction(w, "actionConvergence",
        QCoreApplication::translate("tangent::ui::MainWindow", "&Convergence…"), {},
        QCoreApplication::translate(
            "tangent::ui::MainWindow", "Largest error against the number of points, edge order 1 and 2, log-log"));
    connect(convergence, &QAction::triggered, this, [this] {
        if (!m_convergenceDialog)
            m_convergenceDialog = new ConvergenceDialog(m_lab, m_parts.window);
        raise(m_convergenceDialog);
    });
    auto* noise = actions.noiseMethods = makeAction(w, "actionNoiseMethods",
        QCoreApplication::translate("tangent::ui::MainWindow", "N&oise and Methods…"), {},
        QCoreApplication::translate("tangent::ui::MainWindow",
            "Every smoothing method against the exact derivative on noisy data, and RMSE against the noise"));
    connect(noise, &QAction::triggered, this, [this] {
        if (!m_methodsLesson)
            m_methodsLesson = new MethodsLessonDialog(m_lab, m_parts.window);
        raise(m_methodsLesson);
    });
    const auto compare = [this](CompareDialog::Page page) {
        if (!m_compareDialog) {
            m_compareDialog = new CompareDialog(m_parts.current->document(), m_parts.window);
            m_parts.current->follow(m_compareDialog);
        }
        m_compareDialog->showPage(page);
        raise(m_compareDialog);
    };
    auto* edges = actions.compareEdgeOrders = makeAction(w, "actionCompareEdgeOrders",
        QCoreApplication::translate("tangent::ui::MainWindow", "Compare &Edge Orders…"), {},
        QCoreApplication::translate(
            "tangent::ui::MainWindow", "The derivative with edge order 1 and 2 on one chart, and where they differ"));
    connect(edges, &QAction::triggered, this, [compare] { compare(CompareDialog::Page::EdgeOrders); });
    auto* methods = actions.compareMethods = makeAction(w, "actionCompareMethods",
        QCoreApplication::translate("tangent::ui::MainWindow", "Compare &Methods…"), {},
        QCoreApplication::translate("tangent::ui::MainWindow",
            "numpy, MATLAB/Octave and Origin's average of slopes, with residuals against numpy"));
    connect(methods, &QAction::triggered, this, [compare] { compare(CompareDialog::Page::Methods); });
    for (QAction* a : { lab, convergence, noise, edges, methods }) {
        w->addAction(a);
        m_parts.menu->addAction(a);
    }
}

void ClassroomActions::createExplainActions(WindowActions& actions)
{
    QWidget* w = m_parts.window;
    ExplainPanel* explain = m_parts.explain;
    auto* whole = actions.wholeComputation = makeAction(w, "actionWholeComputation",
        QCoreApplication::translate("tangent::ui::MainWindow", "Show the &Whole Computation…"),
        QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+Shift+E")),
        QCoreApplication::translate(
            "tangent::ui::MainWindow", "Every row's arithmetic, one line each, as tangent-cli --explain prints it"));
    connect(whole, &QAction::triggered, explain, &ExplainPanel::showWholeComputation);
    auto* copy = actions.copyExplanation = makeAction(w, "actionCopyExplanation",
        QCoreApplication::translate("tangent::ui::MainWindow", "Cop&y Explanation"), {},
        QCoreApplication::translate(
            "tangent::ui::MainWindow", "Copy the selected row's formula and arithmetic as text"));
    connect(copy, &QAction::triggered, explain, &ExplainPanel::copyRow);
    for (QAction* a : { whole, copy }) {
        w->addAction(a);
        m_parts.menu->addAction(a);
    }

    // The panel follows the current row, and the column when it is a y column or a derivative; the
    // rows its value was computed from are marked in the table (with the derivative cell explained)
    // and on the chart.
    DataTableView* table = m_parts.table;
    connect(table, &DataTableView::currentDataRowChanged, explain, &ExplainPanel::setRow);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, explain,
        [explain, model = m_parts.model, current = m_parts.current](const QModelIndex& index) {
            const int k = model->derivativeColumnFor(index.column());
            explain->setYColumn(k >= 0
                    ? current->document()->derivatives().results()[static_cast<std::size_t>(k)].yColumn
                    : index.column());
        });
    connect(explain, &ExplainPanel::highlightedRowsChanged, this, [this](const QList<int>& rows) {
        ExplainPanel* panel = m_parts.explain;
        m_parts.model->setHighlightedRows(rows, panel->yColumn(), panel->explainedPoint() ? panel->row() : -1);
        m_parts.chart->overlays()->setHighlightedRows(rows);
    });
}

FunctionLabDialog* ClassroomActions::functionLabDialog()
{
    if (!m_labDialog) {
        m_labDialog = new FunctionLabDialog(m_lab, m_parts.window);
        connect(m_labDialog, &FunctionLabDialog::generated, this,
            [this](std::vector<Column> columns) { m_parts.openGenerated(std::move(columns)); });
    }
    return m_labDialog;
}

} // namespace tangent::ui
