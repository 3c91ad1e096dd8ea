// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Export Derivatives of Several Files: the current table's settings and method applied to other
// files, each read by the window's reader and written, atomically, as the window's derivative CSV
// (tangent-cli's table preceded by "# ..." provenance lines) into one folder, named as
// tangent-cli INPUT... -o DIR/ names its outputs (core/batch/batchplan.h).

#include "ui/document/document.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace tangent::ui {

/// The settings of a table, by column name, so that they apply to another file with the same
/// columns in any order.
struct BatchRecipe {
    DerivativeSettings settings; ///< column indices in here are replaced per file
    QString xName; ///< the x column's name; empty for a uniform spacing dx
    QStringList yNames; ///< the chosen y columns; empty for every numeric column but x
    QString groupName; ///< the group column's name; empty for none
};

/// `document`'s settings and method as a recipe.
BatchRecipe recipeFrom(const Document& document);

/// What became of one input.
struct BatchOutcome {
    QString input;
    QString output;
    bool written = false;
    QString reason; ///< why it was not written (names the file, and the row and column where known)
};

/// Reads `input`, applies `recipe`, and writes the derivative CSV to `output` atomically (nothing
/// at `output` on failure). Stops early, unwritten, when `cancel` is set. Thread-safe.
BatchOutcome exportDerivativeOf(
    const QString& input, const QString& output, const BatchRecipe& recipe, const std::atomic<bool>& cancel);

/// Runs exportDerivativeOf over several files, one after another, off the GUI thread.
class BatchExport : public QObject {
    Q_OBJECT
public:
    explicit BatchExport(QObject* parent = nullptr);
    ~BatchExport() override;

    /// Plans the outputs in `folder` and starts. Returns an error (two inputs onto one output, an
    /// output over its input, a folder that cannot be made) without writing anything, or an empty
    /// string once running.
    QString start(const QStringList& inputs, const QString& folder, const BatchRecipe& recipe);
    /// Stops after the file being read (whose output is then not written).
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }
    [[nodiscard]] bool wasCancelled() const { return m_cancel && m_cancel->load(); }
    /// One entry per input once finished (inputs not reached after a cancel are absent).
    [[nodiscard]] const std::vector<BatchOutcome>& outcomes() const { return m_outcomes; }

signals:
    /// `done` of `total` files dealt with; `current` is the one being read now.
    void progress(int done, int total, const QString& current);
    void finished();

private:
    QFutureWatcher<std::vector<BatchOutcome>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::vector<BatchOutcome> m_outcomes;
};

} // namespace tangent::ui
