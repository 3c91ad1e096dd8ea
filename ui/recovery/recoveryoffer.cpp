#include "ui/recovery/recoveryoffer.h"

#include "ui/document.h"
#include "ui/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/recovery/documentrecovery.h"
#include "ui/recovery/recoverydialog.h"
#include "ui/recovery/recoverystore.h"

#include <QStatusBar>

#include <memory>

namespace tangent::ui {
namespace {

MainWindow* targetWindow(MainWindow& window, RecoveryStore& store)
{
    if (!window.document()->isModified() && !window.files()->isLoading())
        return &window;
    auto* extra = new MainWindow;
    extra->setAttribute(Qt::WA_DeleteOnClose);
    extra->enableRecovery(&store);
    extra->show();
    return extra;
}

void restoreAll(MainWindow& window, RecoveryStore& store, std::vector<OrphanedRecovery>& orphans)
{
    for (OrphanedRecovery& orphan : orphans) {
        if (!orphan.snapshot())
            continue; // damaged: left in place, offered again until discarded
        MainWindow* target = targetWindow(window, store);
        restoreSnapshot(*target->document(), *orphan.snapshot());
        DocumentRecovery* recovery = target->recovery();
        recovery->setLastEdit(orphan.snapshot()->lastEdit);
        // The old file goes only once the state is safe under this process's name.
        if (recovery->syncNow())
            orphan.discard();
        target->statusBar()->showMessage(
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
    QObject::connect(dialog, &QDialog::finished, &window, [&window, &store, dialog, orphans] {
        if (dialog->choice() == RecoveryDialog::Choice::Restore)
            restoreAll(window, store, *orphans);
        else if (dialog->choice() == RecoveryDialog::Choice::Discard)
            for (OrphanedRecovery& orphan : *orphans)
                orphan.discard();
        orphans->clear();
    });
    dialog->open();
    return dialog;
}

} // namespace tangent::ui
