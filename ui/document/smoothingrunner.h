// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Computes the derivatives of the document off the GUI thread: a smoothing method's on a large
// table, and numpy.gradient's (with the spacing resolved) on a very large one. Only the newest
// job's results are ever delivered: a job started (or cancelled) later supersedes any still
// running, whose results are dropped.

#include "core/gradient/spacing.h"
#include "core/smoothing/smoothing.h"
#include "ui/document/documenttypes.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace tangent::ui {

/// Everything one computation needs, copied out of the document so that the document may change
/// while it runs.
struct SmoothingJob {
    std::vector<int> columns; ///< the y columns' indexes
    std::vector<QString> names; ///< their names, for messages
    std::vector<std::vector<double>> ys; ///< their values
    std::vector<double> x; ///< x coordinates; empty for the uniform spacing h
    double h = 1.0;
    SmoothingOptions options;
    bool band = false; ///< also each value's standard deviation (the uncertainty band)
    std::vector<std::optional<double>> noiseSd; ///< per column: the band's σ given, or nullopt (estimated)
    // For runDerivativeJob only:
    std::size_t rows = 0; ///< the table's rows, which the spacing is resolved against
    double dx = 1.0; ///< the settings' dx: numpy's uniform spacing when x is empty, and its band's h
    int edgeOrder = 1; ///< numpy.gradient's edge order
    /// When set, run first on the worker: copies the document's columns into x and ys, so that
    /// the copy of a big table does not freeze the window. It reads the document while the GUI
    /// thread may run: SmoothingRunner::releaseSources() must come before any change of them.
    std::function<void(SmoothingJob&)> gather;

    [[nodiscard]] std::size_t points() const;
};

/// What a job in the background delivers: the results and the spacing they were computed with.
struct SmoothingOutput {
    std::vector<DerivativeResult> results;
    /// x (or dx) after numpy's checks and uniform test; nullopt when it cannot be resolved (then
    /// every result carries that error).
    std::optional<ResolvedSpacing> spacing;
    /// spacingFacts of job.x (the x the derivative is computed with), for the diagnostics; nullopt
    /// without an x column.
    std::optional<SpacingFacts> xFacts;
};

/// Runs the job on the calling thread: one result per column, a SmoothingError becoming that
/// column's error (its values NaN).
std::vector<DerivativeResult> runSmoothingJob(const SmoothingJob& job);

/// Runs the job on the calling thread as the document's full recompute does: resolves the
/// spacing (x, or dx when x is empty) against job.rows, then computes numpy.gradient of order
/// options.order (options.method Numpy, with its band) or the smoothing method (runSmoothingJob),
/// and the facts about x.
SmoothingOutput runDerivativeJob(const SmoothingJob& job);

class SmoothingRunner : public QObject {
    Q_OBJECT
public:
    /// Jobs with more points (rows × columns) than this run off the GUI thread.
    static constexpr std::size_t kBackgroundPoints = 2000;

    explicit SmoothingRunner(QObject* parent = nullptr);
    ~SmoothingRunner() override;

    /// Starts `job` off the GUI thread (runDerivativeJob); finished() delivers its output unless
    /// superseded.
    void start(SmoothingJob job);
    /// Before the columns a job's gather reads change (or go): waits while one copies them (for
    /// as long as the copy takes), and makes those not copying yet never read them. Each such job
    /// then delivers nothing: the change recomputes, superseding it.
    void releaseSources();
    /// Supersedes the running job, if any: its results will not be delivered.
    void cancel();
    /// Whether a job is running whose results will be delivered.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Blocks until the running job (if any) is done and its results delivered.
    void waitForFinished();
    /// The output finished() announced (moved out: call once per finished()).
    [[nodiscard]] SmoothingOutput takeOutput();

signals:
    /// The newest job's results are ready: takeResults().
    void finished();
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void deliver(unsigned generation, SmoothingOutput output);

    unsigned m_generation = 0;
    bool m_busy = false;
    class Pending;
    Pending* m_pending = nullptr; // the newest job's watcher while it runs
    SmoothingOutput m_output; // delivered, until taken
    class SourceGate;
    std::vector<std::shared_ptr<SourceGate>> m_gates; // of the jobs that may still read the document
};

} // namespace tangent::ui
