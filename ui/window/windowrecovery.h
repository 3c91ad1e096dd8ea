// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's side of crash recovery: hands offerRecovery its tabs, files and status bar.

#include "ui/files/recovery/recoveryoffer.h"

namespace tangent::ui {

class MainWindow;

/// offerRecovery into `window`: its tabs, its dialog parent, its status bar for what was restored.
RecoveryDialog* offerRecovery(MainWindow& window, RecoveryStore& store);

} // namespace tangent::ui
