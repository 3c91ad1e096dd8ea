// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's actions, made once and handed by pointer to whatever shows or triggers them: the
// menus, the toolbar, the table's context menu, the command line and the tests. Nothing finds an
// action by its object name.

class QAction;

namespace tangent::ui {

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

} // namespace tangent::ui
