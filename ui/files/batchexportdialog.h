// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dialog of Export Derivatives of Several Files: asks for the files and the folder, shows the
// progress with Cancel while BatchExport runs, and ends with a summary listing every file written
// and every failure with its reason.

#include "ui/files/batchexport.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace tangent::ui {

class BatchExportDialog : public QDialog {
    Q_OBJECT
public:
    /// Asks for the input files; none when cancelled. Replaceable for tests.
    using FilesPicker = std::function<QStringList(QWidget* parent)>;
    /// Asks for the output folder; empty when cancelled. Replaceable for tests.
    using FolderPicker = std::function<QString(QWidget* parent)>;

    explicit BatchExportDialog(QWidget* parent = nullptr);

    void setPickers(FilesPicker files, FolderPicker folder);
    /// Asks for the files, then the folder, then shows itself and starts. False when a picker was
    /// cancelled (nothing shown) or the plan was refused (the reason shown).
    bool chooseAndStart(const BatchRecipe& recipe, const QString& description);
    /// Shows itself and exports `inputs` into `folder`. False if the plan was refused (the reason
    /// is shown, nothing written).
    bool start(const QStringList& inputs, const QString& folder, const BatchRecipe& recipe, const QString& description);

    [[nodiscard]] BatchExport* job() const { return m_job; }
    /// The summary of an export of `total` files into `folder` that ended with `outcomes` (as
    /// shown here, and printed by tangent A.csv B.csv --export-derivatives DIR/).
    static QString summaryOf(
        const std::vector<BatchOutcome>& outcomes, int total, const QString& folder, bool cancelled);
    /// The summary as shown once finished; empty before.
    [[nodiscard]] QString summaryText() const;
    /// The line above the progress bar (what runs, or why it was refused).
    [[nodiscard]] QString headingText() const;

signals:
    /// The export ended (finished or cancelled) and the summary is shown.
    void exportFinished();

private:
    void showProgress(int done, int total, const QString& current);
    void showSummary();

    BatchExport* m_job;
    FilesPicker m_pickFiles;
    FolderPicker m_pickFolder;
    QLabel* m_heading = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_current = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_folder;
};

} // namespace tangent::ui
