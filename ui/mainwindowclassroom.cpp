// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the Classroom menu (tangent, secant, Function Lab, convergence, comparisons, Explain)
// and the Function Lab's dialog, whose generated data open in a tab of their own.

#include "ui/mainwindow.h"

#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/classroom/compare/comparedialog.h"
#include "ui/classroom/convergencedialog.h"
#include "ui/classroom/explainpanel.h"
#include "ui/classroom/functionlab.h"
#include "ui/classroom/functionlabdialog.h"
#include "ui/classroom/methodslessondialog.h"
#include "ui/document/document.h"
#include "ui/files/session/sessioncontroller.h"
#include "ui/makeaction.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"
#include "ui/tabs/tabcontroller.h"
#include "ui/window/currentdocument.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>

namespace tangent::ui {

void MainWindow::createClassroomMenu()
{
    auto* tangent = m_actions.tangent = makeAction(this, "actionTangent", tr("Show &Tangent"), QKeySequence(tr("T")),
        tr("Draw the tangent with the computed slope at the selected or hovered point"));
    tangent->setCheckable(true);
    connect(tangent, &QAction::toggled, m_chart->overlays(), &ChartOverlays::setTangentEnabled);
    auto* clearSecant = m_actions.clearSecant = makeAction(this, "actionClearSecant", tr("Clear &Secant"), {},
        tr("Remove the secant (Shift+click a point on the chart to draw one)"));
    connect(clearSecant, &QAction::triggered, m_chart->overlays(), &ChartOverlays::clearSecant);
    auto* next = m_actions.nextPoint = makeAction(
        this, "actionNextPoint", tr("&Next Point"), QKeySequence(tr("]")), tr("Move the tangent to the next point"));
    next->setShortcuts({ QKeySequence(tr("]")), QKeySequence(tr("Ctrl+Right")) });
    connect(next, &QAction::triggered, m_chart, [this] { m_chart->overlays()->stepTangent(1); });
    auto* previous = m_actions.previousPoint = makeAction(this, "actionPreviousPoint", tr("&Previous Point"),
        QKeySequence(tr("[")), tr("Move the tangent to the previous point"));
    previous->setShortcuts({ QKeySequence(tr("[")), QKeySequence(tr("Ctrl+Left")) });
    connect(previous, &QAction::triggered, m_chart, [this] { m_chart->overlays()->stepTangent(-1); });
    for (QAction* a : { tangent, clearSecant, next, previous }) {
        addAction(a);
        m_classroomMenu->addAction(a);
    }
    m_classroomMenu->addSeparator();
}

void MainWindow::createLabActions()
{
    m_lab = new FunctionLabController(document(), m_chart, this);
    m_current->follow(m_lab);
    const auto raise = [](QDialog* dialog) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    };
    auto* lab = m_actions.functionLab = makeAction(this, "actionFunctionLab", tr("&Function Lab…"),
        QKeySequence(tr("Ctrl+L")), tr("Generate data from a function and compare with its exact derivative"));
    connect(lab, &QAction::triggered, this, [this, raise] { raise(functionLabDialog()); });
    auto* convergence = m_actions.convergence = makeAction(this, "actionConvergence", tr("&Convergence…"), {},
        tr("Largest error against the number of points, edge order 1 and 2, log-log"));
    connect(convergence, &QAction::triggered, this, [this, raise] {
        if (!m_convergenceDialog)
            m_convergenceDialog = new ConvergenceDialog(m_lab, this);
        raise(m_convergenceDialog);
    });
    auto* noise = m_actions.noiseMethods = makeAction(this, "actionNoiseMethods", tr("N&oise and Methods…"), {},
        tr("Every smoothing method against the exact derivative on noisy data, and RMSE against the noise"));
    connect(noise, &QAction::triggered, this, [this, raise] {
        if (!m_methodsLesson)
            m_methodsLesson = new MethodsLessonDialog(m_lab, this);
        raise(m_methodsLesson);
    });
    const auto compare = [this, raise](CompareDialog::Page page) {
        if (!m_compareDialog) {
            m_compareDialog = new CompareDialog(document(), this);
            m_current->follow(m_compareDialog);
        }
        m_compareDialog->showPage(page);
        raise(m_compareDialog);
    };
    auto* edges = m_actions.compareEdgeOrders = makeAction(this, "actionCompareEdgeOrders", tr("Compare &Edge Orders…"),
        {}, tr("The derivative with edge order 1 and 2 on one chart, and where they differ"));
    connect(edges, &QAction::triggered, this, [compare] { compare(CompareDialog::Page::EdgeOrders); });
    auto* methods = m_actions.compareMethods = makeAction(this, "actionCompareMethods", tr("Compare &Methods…"), {},
        tr("numpy, MATLAB/Octave and Origin's average of slopes, with residuals against numpy"));
    connect(methods, &QAction::triggered, this, [compare] { compare(CompareDialog::Page::Methods); });
    for (QAction* a : { lab, convergence, noise, edges, methods }) {
        addAction(a);
        m_classroomMenu->addAction(a);
    }
}

void MainWindow::createExplainActions()
{
    auto* whole = m_actions.wholeComputation = makeAction(this, "actionWholeComputation",
        tr("Show the &Whole Computation…"), QKeySequence(tr("Ctrl+Shift+E")),
        tr("Every row's arithmetic, one line each, as tangent-cli --explain prints it"));
    connect(whole, &QAction::triggered, m_explain, &ExplainPanel::showWholeComputation);
    auto* copy = m_actions.copyExplanation = makeAction(this, "actionCopyExplanation", tr("Cop&y Explanation"), {},
        tr("Copy the selected row's formula and arithmetic as text"));
    connect(copy, &QAction::triggered, m_explain, &ExplainPanel::copyRow);
    for (QAction* a : { whole, copy }) {
        addAction(a);
        m_classroomMenu->addAction(a);
    }

    // The panel follows the current row, and the column when it is a y column or a derivative; the
    // rows its value was computed from are marked in the table (with the derivative cell explained)
    // and on the chart.
    connect(m_table, &DataTableView::currentDataRowChanged, m_explain, &ExplainPanel::setRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const int k = m_model->derivativeColumnFor(index.column());
        m_explain->setYColumn(k >= 0 ? document()->results()[static_cast<std::size_t>(k)].yColumn : index.column());
    });
    connect(m_explain, &ExplainPanel::highlightedRowsChanged, this, [this](const QList<int>& rows) {
        m_model->setHighlightedRows(rows, m_explain->yColumn(), m_explain->explainedPoint() ? m_explain->row() : -1);
        m_chart->overlays()->setHighlightedRows(rows);
    });
}

FunctionLabDialog* MainWindow::functionLabDialog()
{
    if (!m_labDialog) {
        m_labDialog = new FunctionLabDialog(m_lab, this);
        connect(m_labDialog, &FunctionLabDialog::generated, this, [this](std::vector<Column> columns) {
            // Generated data never replace unsaved edits: they open in a new tab then, so nothing
            // needs asking about (TabController::tabForNewData); the views follow the tab shown.
            if (Document* document = m_tabControl->tabForNewData()) {
                document->loadColumns(std::move(columns), {});
                m_sessions->forget();
            }
        });
    }
    return m_labDialog;
}

} // namespace tangent::ui
