// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/smoothingrunner.h"

#include "ui/document/derivatives/documentderivatives.h"
#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <condition_variable>
#include <limits>
#include <mutex>
#include <utility>

namespace tangent::ui {

std::size_t SmoothingJob::points() const
{
    std::size_t n = 0;
    for (const auto& y : ys)
        n += y.size();
    return n;
}

std::vector<DerivativeResult> runSmoothingJob(const SmoothingJob& job)
{
    std::vector<DerivativeResult> results;
    results.reserve(job.columns.size());
    for (std::size_t i = 0; i < job.columns.size(); ++i) {
        DerivativeResult result;
        result.yColumn = job.columns[i];
        const std::vector<double>& y = job.ys[i];
        try {
            SmoothingResult smoothed = smoothDerivative({ y, job.x, job.h }, job.options);
            result.values = std::move(smoothed.derivative);
            result.smoothed = std::move(smoothed.smoothed);
            result.provenance = QString::fromStdString(smoothed.provenance());
            result.used = smoothed.used;
            if (job.band)
                addBand(result, { y, job.x, job.h }, smoothed.used, 1,
                    i < job.noiseSd.size() ? job.noiseSd[i] : std::nullopt);
        } catch (const SmoothingError& e) {
            result.error = QCoreApplication::translate("tangent::ui::Document", "cannot smooth '%1': %2")
                               .arg(job.names[i], translateException(e));
            result.values.assign(y.size(), std::numeric_limits<double>::quiet_NaN());
        }
        results.push_back(std::move(result));
    }
    return results;
}

SmoothingOutput runDerivativeJob(const SmoothingJob& job)
{
    SmoothingOutput output;
    QString spacingError;
    try {
        output.spacing.emplace(job.x.empty() ? Spacing::uniform(job.dx) : Spacing::coordinates(job.x), job.rows);
    } catch (const GradientError& e) {
        spacingError = translateException(e);
    }
    if (!job.x.empty())
        output.xFacts = spacingFacts(job.x);
    if (output.spacing && job.options.method != SmoothingMethod::Numpy) {
        output.results = runSmoothingJob(job);
        return output;
    }
    // numpy.gradient, as DocumentDerivatives::recomputeAll computes it on the GUI thread.
    SmoothingOptions numpy;
    numpy.method = SmoothingMethod::Numpy;
    numpy.order = job.options.order;
    output.results.reserve(job.columns.size());
    for (std::size_t i = 0; i < job.columns.size(); ++i) {
        DerivativeResult result;
        result.yColumn = job.columns[i];
        const std::vector<double>& y = job.ys[i];
        if (output.spacing) {
            try {
                result.values = derivative(y, output.spacing->spacing(), job.edgeOrder, job.options.order);
            } catch (const GradientError& e) {
                result.error = translateException(e);
            }
        } else {
            result.error = spacingError;
        }
        if (!result.error.isEmpty())
            result.values.assign(job.rows, std::numeric_limits<double>::quiet_NaN());
        else if (job.band)
            addBand(result, { y, job.x, job.dx }, numpy, job.edgeOrder,
                i < job.noiseSd.size() ? job.noiseSd[i] : std::nullopt);
        output.results.push_back(std::move(result));
    }
    return output;
}

/// The watcher of one job, deleted once it has finished (or with the runner).
class SmoothingRunner::Pending : public QFutureWatcher<SmoothingOutput> {
public:
    using QFutureWatcher::QFutureWatcher;
};

SmoothingRunner::SmoothingRunner(QObject* parent) : QObject(parent) { }

SmoothingRunner::~SmoothingRunner()
{
    // The job owns its copy of the data: let it finish on the pool; its watcher goes with us.
    // The document's columns go with us too: no job may be reading them or read them later.
    releaseSources();
    cancel();
}

/// Whether a job may still read the document's columns: the worker enters to copy them and
/// leaves when done; the GUI thread withdraws them before it changes them.
class SmoothingRunner::SourceGate {
public:
    /// On the worker: false if the columns were withdrawn first (then it must not read them).
    bool enter()
    {
        const std::lock_guard lock(m_mutex);
        if (m_state == State::Withdrawn)
            return false;
        m_state = State::Copying;
        return true;
    }
    void leave()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_state = State::Done;
        }
        m_done.notify_all();
    }
    /// On the GUI thread: waits for a copy under way; a job not copying yet never will.
    void withdraw()
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [this] { return m_state != State::Copying; });
        if (m_state == State::Waiting)
            m_state = State::Withdrawn;
    }

private:
    enum class State { Waiting, Copying, Done, Withdrawn };
    std::mutex m_mutex;
    std::condition_variable m_done;
    State m_state = State::Waiting;
};

void SmoothingRunner::start(SmoothingJob job)
{
    const unsigned generation = ++m_generation;
    auto* pending = new Pending(this);
    connect(pending, &Pending::finished, this, [this, pending, generation] {
        if (m_pending == pending)
            m_pending = nullptr;
        // Taken, not copied (the results of a big table are hundreds of megabytes), and only once:
        // waitForFinished may have taken them, moving the generation on.
        if (generation == m_generation)
            deliver(generation, pending->future().takeResult());
        pending->deleteLater();
    });
    m_pending = pending;
    std::shared_ptr<SourceGate> gate;
    if (job.gather) {
        gate = std::make_shared<SourceGate>();
        m_gates.push_back(gate);
    }
    pending->setFuture(QtConcurrent::run([job = std::move(job), gate]() mutable {
        if (gate) {
            if (!gate->enter())
                return SmoothingOutput {}; // the columns changed first: superseded
            job.gather(job);
            gate->leave();
        }
        return runDerivativeJob(job);
    }));
    setBusy(true);
}

void SmoothingRunner::releaseSources()
{
    for (const std::shared_ptr<SourceGate>& gate : m_gates)
        gate->withdraw();
    m_gates.clear();
}

void SmoothingRunner::cancel()
{
    ++m_generation;
    m_pending = nullptr;
    setBusy(false);
}

void SmoothingRunner::waitForFinished()
{
    if (!m_pending)
        return;
    Pending* pending = m_pending;
    pending->waitForFinished();
    // The finished signal is queued: deliver now, and make the queued one find nothing to do.
    m_pending = nullptr;
    const unsigned generation = m_generation;
    deliver(generation, pending->future().takeResult());
    ++m_generation;
}

void SmoothingRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SmoothingRunner::deliver(unsigned generation, SmoothingOutput output)
{
    if (generation != m_generation)
        return; // superseded: a newer job (or none) stands for the document now
    m_output = std::move(output);
    emit finished();
    setBusy(false);
}

SmoothingOutput SmoothingRunner::takeOutput()
{
    return std::exchange(m_output, {});
}

} // namespace tangent::ui
