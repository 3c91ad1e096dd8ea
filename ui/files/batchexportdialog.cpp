// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/batchexportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace tangent::ui {

BatchExportDialog::BatchExportDialog(QWidget* parent) : QDialog(parent), m_job(new BatchExport(this))
{
    setObjectName(QStringLiteral("BatchExportDialog"));
    setWindowTitle(tr("Export Derivatives of Several Files"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Files exported"));
    layout->addWidget(m_bar);
    m_current = new QLabel(this);
    layout->addWidget(m_current);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setReadOnly(true);
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_summary->hide();
    layout->addWidget(m_summary, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel | QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);
    connect(m_buttons->button(QDialogButtonBox::Cancel), &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_current->setText(tr("Cancelling after the file being read…"));
    });
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::close);
    connect(m_job, &BatchExport::progress, this, &BatchExportDialog::showProgress);
    connect(m_job, &BatchExport::finished, this, &BatchExportDialog::showSummary);

    m_pickFiles = [](QWidget* owner) {
        return QFileDialog::getOpenFileNames(owner, tr("Files to differentiate"),
            QSettings().value(QStringLiteral("lastDirectory")).toString(),
            tr("Delimited text (*.csv *.tsv *.txt *.dat);;All files (*)"));
    };
    m_pickFolder = [](QWidget* owner) {
        return QFileDialog::getExistingDirectory(owner, tr("Folder for the derivative files"),
            QSettings().value(QStringLiteral("lastDirectory")).toString());
    };
    resize(640, 420);
}

void BatchExportDialog::setPickers(FilesPicker files, FolderPicker folder)
{
    m_pickFiles = std::move(files);
    m_pickFolder = std::move(folder);
}

bool BatchExportDialog::chooseAndStart(const BatchRecipe& recipe, const QString& description)
{
    const QStringList inputs = m_pickFiles(parentWidget());
    if (inputs.isEmpty())
        return false;
    const QString folder = m_pickFolder(parentWidget());
    if (folder.isEmpty())
        return false;
    return start(inputs, folder, recipe, description);
}

bool BatchExportDialog::start(
    const QStringList& inputs, const QString& folder, const BatchRecipe& recipe, const QString& description)
{
    m_folder = folder;
    m_summary->clear();
    m_summary->hide();
    m_current->clear();
    show();
    const QString refused = m_job->start(inputs, folder, recipe);
    m_buttons->button(QDialogButtonBox::Cancel)->setVisible(refused.isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setVisible(!refused.isEmpty());
    if (!refused.isEmpty()) {
        m_heading->setText(tr("Nothing was written: %1").arg(refused));
        m_bar->setRange(0, 1);
        m_bar->setValue(0);
        return false;
    }
    m_heading->setText(
        tr("Writing the derivative of %n file(s) into %1, computed as %2", nullptr, static_cast<int>(inputs.size()))
            .arg(QDir::toNativeSeparators(folder), description));
    m_bar->setRange(0, static_cast<int>(inputs.size()));
    m_bar->setValue(0);
    return true;
}

void BatchExportDialog::showProgress(int done, int total, const QString& current)
{
    m_bar->setValue(done);
    m_current->setText(tr("Reading %1 (%2 of %3)…").arg(current).arg(done + 1).arg(total));
}

QString BatchExportDialog::summaryOf(
    const std::vector<BatchOutcome>& outcomes, int total, const QString& folder, bool cancelled)
{
    QStringList written;
    QStringList failed;
    int writtenCount = 0;
    for (const BatchOutcome& outcome : outcomes) {
        if (outcome.written) {
            ++writtenCount;
            written << tr("  %1 → %2").arg(QFileInfo(outcome.input).fileName(), QFileInfo(outcome.output).fileName());
            for (const QString& warning : outcome.warnings)
                written << tr("    warning: %1").arg(warning);
        } else
            failed << QStringLiteral("  ") + outcome.reason;
    }
    QStringList lines;
    lines << tr("%1 of %n file(s) written to %2.", nullptr, total)
                 .arg(writtenCount)
                 .arg(QDir::toNativeSeparators(folder));
    if (cancelled)
        lines << tr("Cancelled: %n file(s) not started.", nullptr, total - static_cast<int>(outcomes.size()));
    if (!written.isEmpty())
        lines << QString() << tr("Written:") << written;
    if (!failed.isEmpty())
        lines << QString() << tr("Failed:") << failed;
    return lines.join(QLatin1Char('\n'));
}

void BatchExportDialog::showSummary()
{
    const std::vector<BatchOutcome>& outcomes = m_job->outcomes();
    const bool failed
        = std::any_of(outcomes.begin(), outcomes.end(), [](const BatchOutcome& outcome) { return !outcome.written; });
    m_summary->setPlainText(summaryOf(outcomes, m_bar->maximum(), m_folder, m_job->wasCancelled()));
    m_summary->show();
    m_bar->setValue(static_cast<int>(outcomes.size()));
    m_current->setText(!failed && !m_job->wasCancelled() ? tr("Done.") : tr("Done, with problems."));
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_buttons->button(QDialogButtonBox::Close)->show();
    emit exportFinished();
}

QString BatchExportDialog::summaryText() const
{
    return m_summary->isVisibleTo(this) ? m_summary->toPlainText() : QString();
}

QString BatchExportDialog::headingText() const
{
    return m_heading->text();
}

} // namespace tangent::ui
