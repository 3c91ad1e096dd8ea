// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/recovery/recoverydialog.h"

#include "ui/files/recovery/recoverystore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
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
    auto* intro = new QLabel(tr("<h3>Recover unsaved changes</h3><p>Tangent did not close normally. These tables had "
                                "changes that were not saved. <b>Restore</b> opens them again, marked as modified, to "
                                "save or keep editing; <b>Discard</b> throws the changes away. Your files on disk "
                                "have not been changed either way.</p>"),
        this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setHeaderLabels({ tr("Table"), tr("Last edited"), tr("Contents"), tr("Folder") });
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    for (const OrphanedRecovery& orphan : orphans)
        addEntry(orphan);
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_list->setMinimumWidth(620);

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

void RecoveryDialog::addEntry(const OrphanedRecovery& orphan)
{
    auto* item = new QTreeWidgetItem(m_list);
    const auto& snapshot = orphan.snapshot();
    if (!snapshot) {
        item->setText(0, tr("Damaged recovery file"));
        item->setText(2, tr("cannot be restored: %1").arg(orphan.error()));
        item->setText(3, orphan.path());
        return;
    }
    const std::size_t rows = snapshot->columns.empty() ? 0 : snapshot->columns.front().values.size();
    const std::size_t columns = snapshot->columns.size();
    item->setText(0, recoveryDisplayName(*snapshot));
    item->setText(1, formatTime(snapshot->lastEdit));
    item->setText(2,
        (rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows)) + QStringLiteral(" × ")
            + (columns == 1 ? tr("1 column") : tr("%1 columns").arg(columns)));
    item->setText(3,
        snapshot->filePath.isEmpty() ? tr("never saved")
                                     : QDir::toNativeSeparators(QFileInfo(snapshot->filePath).absolutePath()));
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
