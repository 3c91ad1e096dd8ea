// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// At start: offers what a crashed Tangent left behind and carries out the user's choice.

#include <QString>

#include <functional>

class QWidget;

namespace tangent::ui {

class DocumentTabs;
class FileController;
class RecoveryDialog;
class RecoveryStore;
class TabController;

/// What a recovery restores into, as the window composes it.
struct RecoveryTargets {
    DocumentTabs* tabs = nullptr; ///< the open documents; restored ones go into its current tab or new tabs
    TabController* tabControl = nullptr; ///< keeps each tab's recovery writer
    FileController* files = nullptr; ///< whether a file is loading into the current tab
    QWidget* parent = nullptr; ///< the dialog's parent
    std::function<void(const QString&)> report; ///< says what was restored (the status bar)
};

/// If `store` holds recovery files of processes that are gone, opens a RecoveryDialog over
/// `targets.parent` (without blocking) and returns it; otherwise returns nullptr. Restore puts the
/// first document into the current tab when its document is unmodified and not loading, and each
/// other one into a new tab; each restored document is backed up under this process's name before its
/// old file is deleted. Discard deletes the files. Closing the dialog keeps them for next time.
RecoveryDialog* offerRecovery(const RecoveryTargets& targets, RecoveryStore& store);

} // namespace tangent::ui
