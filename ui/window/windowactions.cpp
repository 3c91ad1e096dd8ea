// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/windowactions.h"

#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/makeaction.h"
#include "ui/table/datatableview.h"
#include "ui/tabs/tabcontroller.h"
#include "ui/window/currentdocument.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QStyle>
#include <QUndoGroup>
#include <QWidget>

namespace tangent::ui {

namespace {

void createUndoActions(QWidget& window, WindowActions& actions, QUndoGroup* undo)
{
    auto* undoAction = undo->createUndoAction(&window, QCoreApplication::translate("tangent::ui::MainWindow", "&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(window.style()->standardIcon(QStyle::SP_ArrowBack));
    window.addAction(undoAction);
    actions.undo = undoAction;
    auto* redoAction = undo->createRedoAction(&window, QCoreApplication::translate("tangent::ui::MainWindow", "&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIcon(window.style()->standardIcon(QStyle::SP_ArrowForward));
    window.addAction(redoAction);
    actions.redo = redoAction;
}

void createFileActions(QWidget& window, WindowActions& actions, const ActionTargets& targets)
{
    const auto add = [&window](QAction* a) {
        window.addAction(a);
        return a;
    };
    QWidget* w = &window;
    QObject::connect(
        add(actions.open = makeAction(w, "actionOpen", QCoreApplication::translate("tangent::ui::MainWindow", "&Open…"),
                QKeySequence::Open,
                QCoreApplication::translate("tangent::ui::MainWindow", "Open a CSV, .npy, .xlsx or .ods file"),
                QStyle::SP_DialogOpenButton)),
        &QAction::triggered, targets.tabs, &TabController::open);
    QObject::connect(add(actions.openSeveral = makeAction(w, "actionOpenSeveral",
                             QCoreApplication::translate("tangent::ui::MainWindow", "Open Severa&l…"), {},
                             QCoreApplication::translate(
                                 "tangent::ui::MainWindow", "Open several files, each in a tab of its own"))),
        &QAction::triggered, targets.tabs, &TabController::openSeveralChosen);
    QObject::connect(add(actions.closeTab = makeAction(w, "actionCloseTab",
                             QCoreApplication::translate("tangent::ui::MainWindow", "&Close Tab"), QKeySequence::Close,
                             QCoreApplication::translate(
                                 "tangent::ui::MainWindow", "Close the table shown (asks about unsaved changes)"))),
        &QAction::triggered, targets.tabs,
        [tabs = targets.tabs, current = targets.current] { tabs->closeTab(current->document()); });
    QObject::connect(
        add(actions.save = makeAction(w, "actionSave", QCoreApplication::translate("tangent::ui::MainWindow", "&Save"),
                QKeySequence::Save, QCoreApplication::translate("tangent::ui::MainWindow", "Save the table"),
                QStyle::SP_DialogSaveButton)),
        &QAction::triggered, targets.files, &FileController::save);
    QObject::connect(
        add(actions.saveAs = makeAction(w, "actionSaveAs",
                QCoreApplication::translate("tangent::ui::MainWindow", "Save &As…"), QKeySequence::SaveAs,
                QCoreApplication::translate("tangent::ui::MainWindow", "Save the table under a new name"))),
        &QAction::triggered, targets.files, &FileController::saveAs);
    QObject::connect(add(actions.exportDerivative = makeAction(w, "actionExportDerivative",
                             QCoreApplication::translate("tangent::ui::MainWindow", "&Export Derivative CSV…"),
                             QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+E")),
                             QCoreApplication::translate("tangent::ui::MainWindow",
                                 "Write x, y and the derivative as CSV (tangent-cli's format)"),
                             QStyle::SP_DriveFDIcon)),
        &QAction::triggered, targets.files, &FileController::exportDerivative);
    QObject::connect(
        add(actions.exportSeveral = makeAction(w, "actionExportSeveral",
                QCoreApplication::translate("tangent::ui::MainWindow", "Export Derivatives of Several &Files…"), {},
                QCoreApplication::translate("tangent::ui::MainWindow",
                    "Apply the current settings and method to several files: one "
                    "derivative CSV each, in a folder"))),
        &QAction::triggered, w, targets.exportSeveral);
    QObject::connect(
        add(actions.quit = makeAction(w, "actionQuit", QCoreApplication::translate("tangent::ui::MainWindow", "&Quit"),
                QKeySequence::Quit, QCoreApplication::translate("tangent::ui::MainWindow", "Quit Tangent"))),
        &QAction::triggered, w, &QWidget::close);
}

void createEditActions(QWidget& window, WindowActions& actions, DataTableView* table)
{
    const auto add = [&window](QAction* a) {
        window.addAction(a);
        return a;
    };
    QWidget* w = &window;
    QObject::connect(
        add(actions.copy = makeAction(w, "actionCopy", QCoreApplication::translate("tangent::ui::MainWindow", "&Copy"),
                QKeySequence::Copy, QCoreApplication::translate("tangent::ui::MainWindow", "Copy the selected cells"))),
        &QAction::triggered, table, &DataTableView::copySelection);
    QObject::connect(add(actions.paste = makeAction(w, "actionPaste",
                             QCoreApplication::translate("tangent::ui::MainWindow", "&Paste"), QKeySequence::Paste,
                             QCoreApplication::translate(
                                 "tangent::ui::MainWindow", "Paste cells from a spreadsheet at the selection"))),
        &QAction::triggered, table, &DataTableView::paste);
    QObject::connect(
        add(actions.clear = makeAction(w, "actionClear",
                QCoreApplication::translate("tangent::ui::MainWindow", "C&lear Cells"), QKeySequence::Delete,
                QCoreApplication::translate("tangent::ui::MainWindow", "Empty the selected cells (they become gaps)"))),
        &QAction::triggered, table, &DataTableView::clearSelection);
    QObject::connect(
        add(actions.insertRow
            = makeAction(w, "actionInsertRow", QCoreApplication::translate("tangent::ui::MainWindow", "&Insert Row"),
                QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+I")),
                QCoreApplication::translate("tangent::ui::MainWindow", "Insert a row above the current one"))),
        &QAction::triggered, table, &DataTableView::insertRow);
    QObject::connect(add(actions.removeRows = makeAction(w, "actionRemoveRows",
                             QCoreApplication::translate("tangent::ui::MainWindow", "&Delete Rows"),
                             QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+-")),
                             QCoreApplication::translate("tangent::ui::MainWindow", "Delete the selected rows"))),
        &QAction::triggered, table, &DataTableView::removeSelectedRows);
    QObject::connect(
        add(actions.insertColumn = makeAction(w, "actionInsertColumn",
                QCoreApplication::translate("tangent::ui::MainWindow", "Insert Colu&mn"), {},
                QCoreApplication::translate("tangent::ui::MainWindow", "Insert a column after the current one"))),
        &QAction::triggered, table, &DataTableView::insertColumn);
    QObject::connect(add(actions.removeColumn = makeAction(w, "actionRemoveColumn",
                             QCoreApplication::translate("tangent::ui::MainWindow", "Delete C&olumn"), {},
                             QCoreApplication::translate("tangent::ui::MainWindow", "Delete the current column"))),
        &QAction::triggered, table, &DataTableView::removeCurrentColumn);
    QObject::connect(
        add(actions.renameColumn = makeAction(w, "actionRenameColumn",
                QCoreApplication::translate("tangent::ui::MainWindow", "Re&name Column…"),
                QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "F2")),
                QCoreApplication::translate("tangent::ui::MainWindow", "Rename the current column and set its unit"))),
        &QAction::triggered, table, &DataTableView::renameCurrentColumn);
    table->setContextActions({ actions.copy, actions.paste, actions.clear, nullptr, actions.insertRow,
        actions.removeRows, nullptr, actions.insertColumn, actions.removeColumn, actions.renameColumn });
}

/// Edge Order 1 and 2: checked as the current document's settings say, enabled under numpy's
/// method only (under a smoothing method the edge order changes nothing; the Derivative dock
/// says why).
void createEdgeActions(QWidget& window, WindowActions& actions, CurrentDocument* current)
{
    QWidget* w = &window;
    auto* edge1 = actions.edgeOrder1
        = makeAction(w, "actionEdgeOrder1", QCoreApplication::translate("tangent::ui::MainWindow", "Edge Order &1"),
            QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+1")),
            QCoreApplication::translate(
                "tangent::ui::MainWindow", "First-order differences at the ends (numpy's default)"));
    auto* edge2 = actions.edgeOrder2
        = makeAction(w, "actionEdgeOrder2", QCoreApplication::translate("tangent::ui::MainWindow", "Edge Order &2"),
            QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+2")),
            QCoreApplication::translate("tangent::ui::MainWindow", "Second-order differences at the ends"));
    auto* edgeGroup = new QActionGroup(w);
    for (auto [a, order] : { std::pair { edge1, 1 }, std::pair { edge2, 2 } }) {
        window.addAction(a);
        a->setCheckable(true);
        edgeGroup->addAction(a);
        QObject::connect(a, &QAction::triggered, current, [current, order = order] {
            DerivativeSettings s = current->document()->settings();
            s.edgeOrder = order;
            current->document()->setSettings(s);
        });
    }
    const auto update = [current, edge1, edge2] {
        const DerivativeSettings& s = current->document()->settings();
        const bool numpy = s.smoothing.method == SmoothingMethod::Numpy;
        edge1->setEnabled(numpy);
        edge2->setEnabled(numpy);
        edge1->setChecked(s.edgeOrder == 1);
        edge2->setChecked(s.edgeOrder == 2);
    };
    update();
    QObject::connect(current, &CurrentDocument::settingsChanged, edgeGroup, update);
    QObject::connect(current, &CurrentDocument::documentChanged, edgeGroup, update);
}

} // namespace

void createWindowActions(QWidget& window, WindowActions& actions, const ActionTargets& targets)
{
    createUndoActions(window, actions, targets.undo);
    createFileActions(window, actions, targets);
    createEditActions(window, actions, targets.table);

    QWidget* w = &window;
    window.addAction(actions.resetZoom
        = makeAction(w, "actionResetZoom", QCoreApplication::translate("tangent::ui::MainWindow", "&Reset Zoom"),
            QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "Ctrl+0")),
            QCoreApplication::translate("tangent::ui::MainWindow", "Show all data")));
    QObject::connect(actions.resetZoom, &QAction::triggered, targets.panes, &ChartPanes::resetZoom);
    auto* presentation = actions.presentation = makeAction(w, "actionPresentation",
        QCoreApplication::translate("tangent::ui::MainWindow", "&Presentation Mode"),
        QKeySequence(QCoreApplication::translate("tangent::ui::MainWindow", "F11")),
        QCoreApplication::translate(
            "tangent::ui::MainWindow", "Full screen, large fonts and thick lines for projectors"));
    window.addAction(presentation);
    presentation->setCheckable(true);
    QObject::connect(presentation, &QAction::toggled, w, targets.setPresentation);

    createEdgeActions(window, actions, targets.current);

    window.addAction(actions.about
        = makeAction(w, "actionAbout", QCoreApplication::translate("tangent::ui::MainWindow", "&About Tangent"), {},
            QCoreApplication::translate("tangent::ui::MainWindow", "About Tangent")));
    QObject::connect(actions.about, &QAction::triggered, w, targets.about);
}

} // namespace tangent::ui
