// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// At start: offers what a crashed Tangent left behind and carries out the user's choice.

namespace tangent::ui {

class MainWindow;
class RecoveryDialog;
class RecoveryStore;

/// If `store` holds recovery files of processes that are gone, opens a RecoveryDialog over
/// `window` (without blocking) and returns it; otherwise returns nullptr. Restore puts the first
/// document into `window`'s current tab when its document is unmodified and not loading, and each
/// other one into a new tab; each restored document is backed up under this process's name before its
/// old file is deleted. Discard deletes the files. Closing the dialog keeps them for next time.
RecoveryDialog* offerRecovery(MainWindow& window, RecoveryStore& store);

} // namespace tangent::ui
