// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's menu bar and toolbar: which action goes where. The actions themselves are made by
// the window (ui/window/windowactions.h); this only lays them out.

#include "ui/window/windowactions.h"

#include <QList>
#include <QStringList>

#include <functional>

class QMainWindow;
class QMenu;

namespace tangent::ui {

class ChartPanes;
class DiagnosticsPanel;
class FigureActions;

/// What the menus hold besides the window's actions.
struct MenuParts {
    FigureActions* figures = nullptr; ///< File → Export Figure, Edit → Copy Figure
    DiagnosticsPanel* diagnostics = nullptr; ///< Derivative → Copy numpy Call
    ChartPanes* panes = nullptr; ///< View → Layout
    QStringList samples; ///< File → Open Sample's entries
    std::function<void(const QString&)> openSample;
    QList<QAction*> viewExtras; ///< View's items after Presentation Mode (residuals, band, ...)
};

/// The menus the window fills or refills later.
struct WindowMenus {
    QMenu* recent = nullptr; ///< File → Open Recent, filled by the window
    QMenu* view = nullptr;
    QMenu* classroom = nullptr; ///< left empty for the window's classroom items
};

/// Lays out `window`'s menu bar (File, Edit, Derivative, View, Classroom, Help) and its toolbar.
WindowMenus buildMenus(QMainWindow& window, const WindowActions& actions, const MenuParts& parts);

} // namespace tangent::ui
