// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/recovery/recoveryoffer.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/documentrecovery.h"
#include "ui/files/recovery/recoverydialog.h"
#include "ui/files/recovery/recoverystore.h"
#include "ui/mainwindow.h"
#include "ui/tabs/documenttabs.h"

#include <QStatusBar>

#include <memory>

namespace tangent::ui {
namespace {

/// The window's current tab when it is unmodified and not loading, else a new tab.
void chooseTarget(MainWindow& window)
{
    if (window.document()->isModified() || window.files()->isLoading())
        window.tabs()->addDocument();
}

void restoreAll(MainWindow& window, std::vector<OrphanedRecovery>& orphans)
{
    for (OrphanedRecovery& orphan : orphans) {
        if (!orphan.snapshot())
            continue; // damaged: left in place, offered again until discarded
        chooseTarget(window);
        restoreSnapshot(*window.document(), *orphan.snapshot());
        DocumentRecovery* recovery = window.recovery();
        recovery->setLastEdit(orphan.snapshot()->lastEdit);
        // The old file goes only once the state is safe under this process's name.
        if (recovery->syncNow())
            orphan.discard();
        window.statusBar()->showMessage(
            MainWindow::tr("Restored unsaved changes of %1").arg(recoveryDisplayName(*orphan.snapshot())), 8000);
    }
}

} // namespace

RecoveryDialog* offerRecovery(MainWindow& window, RecoveryStore& store)
{
    window.enableRecovery(&store);
    auto orphans = std::make_shared<std::vector<OrphanedRecovery>>(store.claimOrphans());
    if (orphans->empty())
        return nullptr;
    auto* dialog = new RecoveryDialog(*orphans, &window);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The claims (locks) on the files are held until the user has chosen.
    QObject::connect(dialog, &QDialog::finished, &window, [&window, dialog, orphans] {
        if (dialog->choice() == RecoveryDialog::Choice::Restore)
            restoreAll(window, *orphans);
        else if (dialog->choice() == RecoveryDialog::Choice::Discard)
            for (OrphanedRecovery& orphan : *orphans)
                orphan.discard();
        orphans->clear();
    });
    dialog->open();
    return dialog;
}

} // namespace tangent::ui
