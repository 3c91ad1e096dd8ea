// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/smoothingrunner.h"

#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>
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

/// The watcher of one job, deleted once it has finished (or with the runner).
class SmoothingRunner::Pending : public QFutureWatcher<std::vector<DerivativeResult>> {
public:
    using QFutureWatcher::QFutureWatcher;
};

SmoothingRunner::SmoothingRunner(QObject* parent) : QObject(parent) { }

SmoothingRunner::~SmoothingRunner()
{
    // The job owns its copy of the data: let it finish on the pool; its watcher goes with us.
    cancel();
}

void SmoothingRunner::start(SmoothingJob job)
{
    const unsigned generation = ++m_generation;
    auto* pending = new Pending(this);
    connect(pending, &Pending::finished, this, [this, pending, generation] {
        if (m_pending == pending)
            m_pending = nullptr;
        deliver(generation, pending->result());
        pending->deleteLater();
    });
    m_pending = pending;
    pending->setFuture(QtConcurrent::run([job = std::move(job)] { return runSmoothingJob(job); }));
    setBusy(true);
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
    deliver(generation, pending->result());
    ++m_generation;
}

void SmoothingRunner::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void SmoothingRunner::deliver(unsigned generation, std::vector<DerivativeResult> results)
{
    if (generation != m_generation)
        return; // superseded: a newer job (or none) stands for the document now
    m_results = std::move(results);
    emit finished();
    setBusy(false);
}

std::vector<DerivativeResult> SmoothingRunner::takeResults()
{
    return std::exchange(m_results, {});
}

} // namespace tangent::ui
