// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Computes the derivatives of a smoothing method for the document: at once for small tables, off
// the GUI thread for large ones. Only the newest job's results are ever delivered: a job started
// (or cancelled) later supersedes any still running, whose results are dropped.

#include "core/smoothing/smoothing.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace tangent::ui {

struct DerivativeResult;

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

    [[nodiscard]] std::size_t points() const;
};

/// Runs the job on the calling thread: one result per column, a SmoothingError becoming that
/// column's error (its values NaN).
std::vector<DerivativeResult> runSmoothingJob(const SmoothingJob& job);

class SmoothingRunner : public QObject {
    Q_OBJECT
public:
    /// Jobs with more points (rows × columns) than this run off the GUI thread.
    static constexpr std::size_t kBackgroundPoints = 2000;

    explicit SmoothingRunner(QObject* parent = nullptr);
    ~SmoothingRunner() override;

    /// Starts `job` off the GUI thread; finished() delivers its results unless superseded.
    void start(SmoothingJob job);
    /// Supersedes the running job, if any: its results will not be delivered.
    void cancel();
    /// Whether a job is running whose results will be delivered.
    [[nodiscard]] bool isBusy() const { return m_busy; }
    /// Blocks until the running job (if any) is done and its results delivered.
    void waitForFinished();
    /// The results finished() announced (moved out: call once per finished()).
    [[nodiscard]] std::vector<DerivativeResult> takeResults();

signals:
    /// The newest job's results are ready: takeResults().
    void finished();
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void deliver(unsigned generation, std::vector<DerivativeResult> results);

    unsigned m_generation = 0;
    bool m_busy = false;
    class Pending;
    Pending* m_pending = nullptr; // the newest job's watcher while it runs
    std::vector<DerivativeResult> m_results; // delivered, until taken
};

} // namespace tangent::ui
