#include "ui/recovery/recoverydialog.h"

#include "ui/recovery/recoverystore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tangent::ui {

RecoveryDialog::RecoveryDialog(const std::vector<OrphanedRecovery>& orphans, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("RecoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes — Tangent"));
    auto* intro = new QLabel(tr("<b>Tangent did not close normally.</b><br>These tables had changes that were "
                                "not saved. Restore them to keep working on them (they open marked as modified; "
                                "your files on disk have not been changed), or discard the changes."),
        this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setHeaderLabels({ tr("Table"), tr("Last edited"), tr("Contents") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const OrphanedRecovery& orphan : orphans) {
        auto* item = new QTreeWidgetItem(m_list);
        if (const auto& snapshot = orphan.snapshot()) {
            const int rows = snapshot->columns.empty() ? 0 : static_cast<int>(snapshot->columns.front().values.size());
            const int columns = static_cast<int>(snapshot->columns.size());
            item->setText(0, recoveryDisplayName(*snapshot));
            item->setToolTip(0, snapshot->filePath.isEmpty() ? tr("Never saved") : snapshot->filePath);
            item->setText(1, formatTime(snapshot->lastEdit));
            item->setText(
                2, tr("%n row(s)", nullptr, rows) + QStringLiteral(", ") + tr("%n column(s)", nullptr, columns));
        } else {
            item->setText(0, tr("Damaged recovery file"));
            item->setToolTip(0, orphan.path());
            item->setText(2, tr("cannot be restored: %1").arg(orphan.error()));
        }
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_list->setMinimumWidth(560);

    auto* buttons = new QDialogButtonBox(this);
    auto* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setDefault(true);
    auto* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    connect(restore, &QPushButton::clicked, this, [this] { choose(Choice::Restore); });
    connect(discard, &QPushButton::clicked, this, [this] { choose(Choice::Discard); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QStringList RecoveryDialog::entries() const
{
    QStringList lines;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        lines << QStringList { item->text(0), item->text(1), item->text(2) }.join(QLatin1Char('\t'));
    }
    return lines;
}

QString RecoveryDialog::formatTime(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Restore)
        accept();
    else
        done(QDialog::Rejected);
}

} // namespace tangent::ui
