// SPDX-License-Identifier: GPL-3.0-or-later
// The texts keep the window's translation context, where the translations of the menus are.

#include "ui/window/windowmenus.h"

#include "ui/chart/panes/chartpanes.h"
#include "ui/figureexport/figureactions.h"
#include "ui/panels/diagnosticspanel.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include <initializer_list>

namespace tangent::ui {
namespace {

/// Adds `items` to `menu` in order; nullptr is a separator.
template <typename Target> void addAll(Target* target, std::initializer_list<QAction*> items)
{
    for (QAction* a : items) {
        if (a == nullptr)
            target->addSeparator();
        else
            target->addAction(a);
    }
}

} // namespace

WindowMenus buildMenus(QMainWindow& window, const WindowActions& actions, const MenuParts& parts)
{
    WindowMenus menus;
    QMenuBar* bar = window.menuBar();
    QMenu* file = bar->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "&File"));
    addAll(file, { actions.open, actions.openSeveral });
    menus.recent = file->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "Open &Recent"));
    QMenu* samples = file->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "Open Sa&mple"));
    for (const QString& name : parts.samples)
        samples->addAction(name, &window, [open = parts.openSample, name] { open(name); });
    addAll(file,
        { nullptr, actions.save, actions.saveAs, actions.saveSession, actions.closeTab, nullptr,
            actions.exportDerivative, actions.exportSeveral, parts.figures->exportAction(), nullptr, actions.quit });

    QMenu* edit = bar->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "&Edit"));
    addAll(edit,
        { actions.undo, actions.redo, nullptr, actions.copy, actions.paste, actions.clear, nullptr, actions.insertRow,
            actions.removeRows, actions.insertColumn, actions.removeColumn, actions.renameColumn, nullptr,
            parts.figures->copyAction() });

    QMenu* derivative = bar->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "&Derivative"));
    addAll(derivative, { actions.edgeOrder1, actions.edgeOrder2, nullptr });
    derivative->addAction(QCoreApplication::translate("tangent::ui::MainWindow", "Copy numpy &Call"), parts.diagnostics,
        &DiagnosticsPanel::copyNumpyCall);

    menus.view = bar->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "&View"));
    addAll(menus.view, { actions.resetZoom, actions.presentation });
    for (QAction* extra : parts.viewExtras)
        menus.view->addAction(extra);
    parts.panes->addLayoutMenu(menus.view);
    menus.view->addSeparator();
    for (QDockWidget* dock : window.findChildren<QDockWidget*>())
        menus.view->addAction(dock->toggleViewAction());

    menus.classroom = bar->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "&Classroom"));

    QMenu* help = bar->addMenu(QCoreApplication::translate("tangent::ui::MainWindow", "&Help"));
    help->addAction(actions.about);
    help->addAction(QCoreApplication::translate("tangent::ui::MainWindow", "About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* toolBar = window.addToolBar(QCoreApplication::translate("tangent::ui::MainWindow", "Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    addAll(toolBar,
        { actions.open, actions.save, actions.exportDerivative, nullptr, actions.undo, actions.redo, nullptr,
            actions.edgeOrder1, actions.edgeOrder2, actions.resetZoom });
    return menus;
}

} // namespace tangent::ui
