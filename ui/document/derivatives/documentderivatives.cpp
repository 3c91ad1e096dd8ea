// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentDerivatives: the document's derivatives, recomputed whole after a change of the table or
// the settings, or only around the edited cells.

#include "ui/document/derivatives/documentderivatives.h"

#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include "core/time/timeunit.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace tangent::ui {
namespace {

// On a table longer than this, a full recompute words the diagnostics (passes over x and every y
// column) on the next pass of the event loop rather than at once: the window then draws and
// answers between the derivatives and them instead of freezing for both in a row.
constexpr int kDiagnosticsLaterRows = 1'000'000;

std::vector<double> gaps(std::size_t n)
{
    // Parentheses, not braces: braces would make a list of the two values n and NaN.
    // NOLINTNEXTLINE(modernize-return-braced-init-list)
    return std::vector<double>(n, std::numeric_limits<double>::quiet_NaN());
}

} // namespace

DocumentDerivatives::DocumentDerivatives(const Document& document, QObject* parent)
    : QObject(parent), m_document(document)
{
    connect(&m_runner, &SmoothingRunner::finished, this, &DocumentDerivatives::installOutput);
    connect(&m_runner, &SmoothingRunner::busyChanged, this, &DocumentDerivatives::computingChanged);
}

QList<int> DocumentDerivatives::effectiveYColumns() const
{
    const int x = m_document.effectiveXColumn();
    QList<int> ys;
    if (m_document.settings().yColumns.isEmpty()) {
        for (int i = 0; i < m_document.columnCount(); ++i) {
            const Column& c = m_document.column(i);
            if (i != x && i != effectiveGroupColumn() && c.kind == ColumnKind::Number && !c.fromText)
                ys.append(i);
        }
        return ys;
    }
    for (int y : m_document.settings().yColumns)
        if (y >= 0 && y < m_document.columnCount() && !ys.contains(y))
            ys.append(y);
    return ys;
}

const DerivativeResult* DocumentDerivatives::resultFor(int column) const
{
    for (const DerivativeResult& result : m_results)
        if (result.yColumn == column)
            return &result;
    return nullptr;
}

std::vector<double> DocumentDerivatives::xValues() const
{
    const auto n = static_cast<std::size_t>(m_document.rowCount());
    const int x = m_document.effectiveXColumn();
    if (x < 0) {
        std::vector<double> values(n);
        for (std::size_t i = 0; i < n; ++i)
            values[i] = static_cast<double>(i) * m_document.settings().dx;
        return values;
    }
    std::vector<double> values = m_document.column(x).values;
    if (m_document.column(x).kind == ColumnKind::DateTime) {
        const double perUnit = secondsPer(m_document.settings().timeUnit);
        for (double& v : values)
            v /= perUnit;
    }
    return values;
}

Spacing DocumentDerivatives::xSpacing() const
{
    return m_document.effectiveXColumn() < 0 ? Spacing::uniform(m_document.settings().dx)
                                             : Spacing::coordinates(xValues());
}

void DocumentDerivatives::recomputeAndNotify(const std::function<void()>& emitChange)
{
    recomputeAll();
    emitChange();
    emitAllDerivativesChanged();
    notifyDiagnostics();
}

void DocumentDerivatives::notifyDiagnostics()
{
    if (m_document.rowCount() <= kDiagnosticsLaterRows) {
        updateDiagnostics();
        return;
    }
    m_diagnosticsPending = true;
    if (m_diagnosticsScheduled)
        return;
    m_diagnosticsScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_diagnosticsScheduled = false;
        // While the derivatives compute, they are worded once they land (installOutput): the
        // facts about x come with them.
        if (m_diagnosticsPending && !isComputing())
            updateDiagnostics();
    });
}

SmoothingJob DocumentDerivatives::derivativeJob(const QList<int>& yColumns, bool gatherOnWorker) const
{
    const DerivativeSettings& settings = m_document.settings();
    SmoothingJob job;
    job.options = settings.smoothing;
    job.options.order = settings.order;
    job.options.smoothedCurve = true;
    job.band = m_band;
    job.rows = static_cast<std::size_t>(m_document.rowCount());
    job.dx = settings.dx;
    job.edgeOrder = settings.edgeOrder;
    const int x = m_document.effectiveXColumn();
    if (x < 0)
        job.h = settings.dx;
    for (int y : yColumns) {
        job.columns.push_back(y);
        job.names.push_back(m_document.column(y).name);
        job.noiseSd.push_back(bandNoiseSd(y));
    }
    if (!gatherOnWorker) {
        if (x >= 0)
            job.x = xValues();
        for (int y : yColumns)
            job.ys.push_back(m_document.column(y).values);
        return job;
    }
    // What xValues() computes, and the y columns, copied on the worker from the columns (which
    // Document keeps unchanged until releaseColumns()).
    const std::vector<double>* xSource = x >= 0 ? &m_document.column(x).values : nullptr;
    const bool dates = x >= 0 && m_document.column(x).kind == ColumnKind::DateTime;
    const double perUnit = secondsPer(settings.timeUnit);
    std::vector<const std::vector<double>*> ySources;
    for (int y : yColumns)
        ySources.push_back(&m_document.column(y).values);
    job.gather = [xSource, dates, perUnit, ySources](SmoothingJob& j) {
        if (xSource) {
            j.x = *xSource;
            if (dates)
                for (double& v : j.x)
                    v /= perUnit;
        }
        j.ys.reserve(ySources.size());
        for (const std::vector<double>* y : ySources)
            j.ys.push_back(*y);
    };
    return job;
}

void DocumentDerivatives::recomputeAll()
{
    if (effectiveGroupColumn() >= 0) {
        m_runner.cancel(); // a job still running for the ungrouped table must not land over the groups
        m_xFacts.reset();
        recomputeGrouped();
        return;
    }
    m_groups = {};
    m_groupWarnings.clear();
    m_spacing.reset();
    m_xFacts.reset();
    const QList<int> yColumns = effectiveYColumns();
    const std::size_t points
        = static_cast<std::size_t>(m_document.rowCount()) * static_cast<std::size_t>(yColumns.size());
    if (points > (smoothingActive() ? SmoothingRunner::kBackgroundPoints : m_numpyBackgroundPoints)) {
        computeInBackground(yColumns);
        return;
    }
    m_runner.cancel();
    install(runDerivativeJob(derivativeJob(yColumns)));
}

void DocumentDerivatives::recomputeRows(int firstRow, int lastRow, int firstColumn, int lastColumn)
{
    const DerivativeSettings& settings = m_document.settings();
    const int x = m_document.effectiveXColumn();
    // A group's derivative is the core's over the group's rows, and a smoothing method's fit
    // reaches every row: both are recomputed whole (edits of such tables are few).
    // The band's σ is estimated from the whole column: it is recomputed whole too.
    // While the derivatives compute in the background there is nothing to patch: start afresh
    // with the edit, superseding the running job.
    if ((x >= firstColumn && x <= lastColumn) || effectiveGroupColumn() >= 0 || smoothingActive() || m_band
        || isComputing()) {
        recomputeAll();
        emitAllDerivativesChanged();
        return;
    }
    const auto n = static_cast<std::size_t>(m_document.rowCount());
    std::size_t first = n;
    std::size_t last = 0;
    for (DerivativeResult& result : m_results) {
        // Errors depend on the sizes and settings only, never on y values: nothing to redo.
        if (result.yColumn < firstColumn || result.yColumn > lastColumn || !result.error.isEmpty())
            continue;
        const std::vector<double>& y = m_document.column(result.yColumn).values;
        try {
            if (settings.order == 1 && m_spacing) {
                const auto from = affectedRows(static_cast<std::size_t>(firstRow), n, settings.edgeOrder).first;
                const auto to = affectedRows(static_cast<std::size_t>(lastRow), n, settings.edgeOrder).second;
                gradientRange(y, m_spacing->axis(), settings.edgeOrder, from, to, result.values);
                first = std::min(first, from);
                last = std::max(last, to);
            } else {
                // A k-th derivative spreads one cell's influence k rows each way per pass; simpler
                // and as fast for tables a person edits to recompute the column.
                result.values = derivative(y, m_spacing->spacing(), settings.edgeOrder, settings.order);
                first = 0;
                last = n;
            }
        } catch (const GradientError& e) {
            result.error = translateException(e);
            result.values = gaps(n);
            first = 0;
            last = n;
        }
    }
    if (first < last)
        emit derivativesChanged(static_cast<int>(first), static_cast<int>(last) - 1);
}

void DocumentDerivatives::emitAllDerivativesChanged()
{
    emit derivativesChanged(0, m_document.rowCount() - 1);
}

} // namespace tangent::ui
