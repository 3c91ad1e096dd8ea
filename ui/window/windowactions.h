// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's actions, made once and handed by pointer to whatever shows or triggers them: the
// menus, the toolbar, the table's context menu, the command line and the tests. Nothing finds an
// action by its object name. createWindowActions() makes those of File, Edit, Derivative and
// View; the Classroom's are the window's classroom part's.

#include <functional>

class QAction;
class QUndoGroup;
class QWidget;

namespace tangent::ui {

class ChartPanes;
class CurrentDocument;
class DataTableView;
class FileController;
class TabController;

struct WindowActions {
    // File
    QAction* open = nullptr;
    QAction* openSeveral = nullptr;
    QAction* closeTab = nullptr;
    QAction* save = nullptr;
    QAction* saveAs = nullptr;
    QAction* saveSession = nullptr;
    QAction* exportDerivative = nullptr;
    QAction* exportSeveral = nullptr;
    QAction* quit = nullptr;
    // Edit
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* copy = nullptr;
    QAction* paste = nullptr;
    QAction* clear = nullptr;
    QAction* insertRow = nullptr;
    QAction* removeRows = nullptr;
    QAction* insertColumn = nullptr;
    QAction* removeColumn = nullptr;
    QAction* renameColumn = nullptr;
    // Derivative and View
    QAction* edgeOrder1 = nullptr;
    QAction* edgeOrder2 = nullptr;
    QAction* resetZoom = nullptr;
    QAction* presentation = nullptr;
    QAction* residuals = nullptr;
    // Classroom
    QAction* tangent = nullptr;
    QAction* clearSecant = nullptr;
    QAction* nextPoint = nullptr;
    QAction* previousPoint = nullptr;
    QAction* functionLab = nullptr;
    QAction* convergence = nullptr;
    QAction* noiseMethods = nullptr;
    QAction* compareEdgeOrders = nullptr;
    QAction* compareMethods = nullptr;
    QAction* wholeComputation = nullptr;
    QAction* copyExplanation = nullptr;
    // Help
    QAction* about = nullptr;
};

/// What the actions made by createWindowActions() act on. Every pointer must outlive the window.
struct ActionTargets {
    QUndoGroup* undo = nullptr; ///< the tabs' undo stacks, for Undo and Redo
    TabController* tabs = nullptr;
    FileController* files = nullptr;
    DataTableView* table = nullptr; ///< Edit's actions, also its context menu
    ChartPanes* panes = nullptr;
    CurrentDocument* current = nullptr; ///< Close Tab and the edge order act on its document
    std::function<void()> exportSeveral; ///< Export Derivatives of Several Files
    std::function<void(bool)> setPresentation;
    std::function<void()> about;
};

/// Makes the File, Edit, Derivative and View actions into `actions`, connects them to `targets`
/// and adds them to `window` (their shortcuts work while no menu shows them). The edge order
/// actions follow the current document's settings.
void createWindowActions(QWidget& window, WindowActions& actions, const ActionTargets& targets);

} // namespace tangent::ui
