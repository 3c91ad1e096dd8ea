// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/windowrecovery.h"

#include "ui/mainwindow.h"

#include <QStatusBar>

namespace tangent::ui {

RecoveryDialog* offerRecovery(MainWindow& window, RecoveryStore& store)
{
    RecoveryTargets targets;
    targets.tabs = window.tabs();
    targets.tabControl = window.tabControl();
    targets.files = window.files();
    targets.parent = &window;
    targets.report = [&window](const QString& text) { window.statusBar()->showMessage(text, 8000); };
    return offerRecovery(targets, store);
}

} // namespace tangent::ui
