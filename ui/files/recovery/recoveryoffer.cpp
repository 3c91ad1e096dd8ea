// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/recovery/recoveryoffer.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/documentrecovery.h"
#include "ui/files/recovery/recoverydialog.h"
#include "ui/files/recovery/recoverystore.h"
#include "ui/tabs/documenttabs.h"
#include "ui/tabs/tabcontroller.h"

#include <QCoreApplication>

#include <memory>

namespace tangent::ui {
namespace {

/// The current tab when it is unmodified and not loading, else a new tab.
Document& chooseTarget(const RecoveryTargets& targets)
{
    if (targets.tabs->current()->isModified() || targets.files->isLoading())
        targets.tabs->addDocument();
    return *targets.tabs->current();
}

void restoreAll(const RecoveryTargets& targets, std::vector<OrphanedRecovery>& orphans)
{
    for (OrphanedRecovery& orphan : orphans) {
        if (!orphan.snapshot())
            continue; // damaged: left in place, offered again until discarded
        Document& document = chooseTarget(targets);
        restoreSnapshot(document, *orphan.snapshot());
        DocumentRecovery* recovery = targets.tabControl->recoveryFor(&document);
        recovery->setLastEdit(orphan.snapshot()->lastEdit);
        // The old file goes only once the state is safe under this process's name.
        if (recovery->syncNow())
            orphan.discard();
        if (targets.report)
            targets.report(QCoreApplication::translate("tangent::ui::MainWindow", "Restored unsaved changes of %1")
                               .arg(recoveryDisplayName(*orphan.snapshot())));
    }
}

} // namespace

RecoveryDialog* offerRecovery(const RecoveryTargets& targets, RecoveryStore& store)
{
    targets.tabControl->enableRecovery(&store);
    auto orphans = std::make_shared<std::vector<OrphanedRecovery>>(store.claimOrphans());
    if (orphans->empty())
        return nullptr;
    auto* dialog = new RecoveryDialog(*orphans, targets.parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The claims (locks) on the files are held until the user has chosen.
    QObject::connect(dialog, &QDialog::finished, targets.parent, [targets, dialog, orphans] {
        if (dialog->choice() == RecoveryDialog::Choice::Restore)
            restoreAll(targets, *orphans);
        else if (dialog->choice() == RecoveryDialog::Choice::Discard)
            for (OrphanedRecovery& orphan : *orphans)
                orphan.discard();
        orphans->clear();
    });
    dialog->open();
    return dialog;
}

} // namespace tangent::ui
