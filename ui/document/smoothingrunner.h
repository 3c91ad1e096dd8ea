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

    [[nodiscard]] std::size_t points() const;
};

/// What a job in the background delivers: the results and the spacing they were computed with.
struct SmoothingOutput {
    std::vector<DerivativeResult> results;
    /// x (or dx) after numpy's checks and uniform test; nullopt when it cannot be resolved (then
    /// every result carries that error).
    std::optional<ResolvedSpacing> spacing;
};

/// Runs the job on the calling thread: one result per column, a SmoothingError becoming that
/// column's error (its values NaN).
std::vector<DerivativeResult> runSmoothingJob(const SmoothingJob& job);

/// Runs the job on the calling thread as the document's full recompute does: resolves the
/// spacing (x, or dx when x is empty) against job.rows, then computes numpy.gradient of order
/// options.order (options.method Numpy, with its band) or the smoothing method (runSmoothingJob).
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
};

} // namespace tangent::ui
