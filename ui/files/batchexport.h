// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Export Derivatives of Several Files: the current table's recipe applied to other files, each
// read by the window's reader, computed by the engine (core/engine/engine.h) on the worker thread
// and written, atomically, as the window's derivative CSV (tangent-cli's table preceded by the
// export's "# ..." provenance lines) into one folder, named as tangent-cli INPUT... -o DIR/ names
// its outputs (core/batch/batchplan.h).

#include "core/recipe/recipe.h"
#include "ui/document/documenttypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace tangent::ui {

class Document;

/// The recipe of a table, its columns by name, so that it applies to another file with the same
/// columns in any order.
struct BatchRecipe {
    /// Its x, y and group columns are replaced per file by those named below; without a name,
    /// they are the recipe's own (names or 1-based indexes, as tangent-cli takes them).
    Recipe recipe;
    QString xName; ///< the x column's name; empty for a uniform spacing dx
    QStringList yNames; ///< the chosen y columns; empty for every numeric column but x
    QString groupName; ///< the group column's name; empty for none
};

/// `document`'s settings and method as a recipe, its columns by name.
BatchRecipe recipeFrom(const Document& document);

/// What became of one input.
struct BatchOutcome {
    QString input;
    QString output;
    bool written = false;
    QString reason; ///< why it was not written (names the file, and the row and column where known)
    QStringList warnings; ///< what was left out (a column with a bad cell, a short group) and why
};

/// Reads `input`, computes `recipe` on it with the engine, and writes the derivative CSV to
/// `output` atomically (nothing at `output` on failure). Stops early, unwritten, when `cancel` is
/// set. Thread-safe: no Document, no event loop needed.
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
