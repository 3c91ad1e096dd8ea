// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentDerivatives: the derivatives of a smoothing method (docs/smoothing.md), computed at once or in the
// background, and the noise diagnostics that suggest one.

#include "ui/document/derivatives/documentderivatives.h"

#include "ui/document/document.h"

#include <cmath>
#include <limits>
#include <utility>

namespace tangent::ui {
namespace {

// Below this signal-to-noise ratio numpy's derivative is called mostly noise. At 5 the noise
// still moves each value by a fifth of the signal's typical size: plainly visible in the chart.
constexpr double kNoisySnr = 5.0;
// The noise estimate sorts a copy of each column: skipped on tables larger than this, where a
// full recompute must stay about the derivative itself.
constexpr std::size_t kNoiseRowLimit = 1'000'000;

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

/// The previous result of `column` (if any, moved out of `previous`) resized to `rows`, shown
/// until the new one lands.
DerivativeResult carriedOver(std::vector<DerivativeResult>& previous, int column, std::size_t rows)
{
    constexpr double gap = std::numeric_limits<double>::quiet_NaN();
    DerivativeResult result;
    result.yColumn = column;
    for (DerivativeResult& old : previous) {
        if (old.yColumn == column && old.error.isEmpty()) {
            result = std::move(old);
            break;
        }
    }
    result.values.resize(rows, gap);
    if (!result.smoothed.empty())
        result.smoothed.resize(rows, gap);
    if (!result.sd.empty())
        result.sd.resize(rows, gap);
    return result;
}

} // namespace

bool DocumentDerivatives::smoothingActive() const
{
    return m_document.settings().smoothing.method != SmoothingMethod::Numpy;
}

void DocumentDerivatives::computeInBackground(const QList<int>& yColumns)
{
    const auto rows = static_cast<std::size_t>(m_document.rowCount());
    std::vector<DerivativeResult> shown;
    shown.reserve(static_cast<std::size_t>(yColumns.size()));
    for (int y : yColumns)
        shown.push_back(carriedOver(m_results, y, rows));
    if (!m_band) // the band was just turned off: the previous values' band must not linger
        for (DerivativeResult& result : shown)
            result.sd.clear();
    m_results = std::move(shown);
    // The columns are copied into the job on the worker (see SmoothingJob::gather): a big table's
    // copy would freeze the window here.
    m_runner.start(derivativeJob(yColumns, true));
}

void DocumentDerivatives::install(SmoothingOutput output)
{
    m_spacing = std::move(output.spacing);
    m_xFacts = std::move(output.xFacts);
    m_results = std::move(output.results);
    updateNoiseLevels();
}

void DocumentDerivatives::installOutput()
{
    install(m_runner.takeOutput());
    emitAllDerivativesChanged();
    notifyDiagnostics();
}

void DocumentDerivatives::releaseColumns()
{
    m_runner.releaseSources();
}

void DocumentDerivatives::dropResults()
{
    m_runner.cancel();
    m_results.clear();
    m_spacing.reset();
    m_xFacts.reset();
}

void DocumentDerivatives::finishComputing()
{
    m_runner.waitForFinished();
    if (m_diagnosticsPending)
        updateDiagnostics();
}

std::optional<NoiseLevel> DocumentDerivatives::noiseLevel(int yColumn) const
{
    for (const auto& [column, level] : m_noise)
        if (column == yColumn)
            return level;
    return std::nullopt;
}

void DocumentDerivatives::updateNoiseLevels()
{
    m_noise.clear();
    const auto rows = static_cast<std::size_t>(m_document.rowCount());
    if (rows > kNoiseRowLimit || !m_spacing)
        return;
    const std::vector<double> x = m_document.effectiveXColumn() >= 0 ? xValues() : std::vector<double>();
    for (const DerivativeResult& result : m_results) {
        if (!result.error.isEmpty() || result.values.size() != rows)
            continue;
        // numpy's first derivative is what the noise is compared with; another method's or order's
        // derivative is not numpy's, so only σ is estimated then.
        const bool numpyFirst = !smoothingActive() && m_document.settings().order == 1;
        const std::span<const double> derivative
            = numpyFirst ? std::span<const double>(result.values) : std::span<const double>();
        const Series series { m_document.column(result.yColumn).values, x, m_document.settings().dx };
        if (const auto level = estimateNoiseLevel(series, derivative))
            m_noise.emplace_back(result.yColumn, *level);
    }
}

void DocumentDerivatives::addNoiseDiagnostics(QList<Diagnostic>& list) const
{
    for (const auto& [y, level] : m_noise) {
        const QString name = QStringLiteral("'%1'").arg(m_document.column(y).name);
        if (smoothingActive()) {
            list.append({ Diagnostic::Severity::Info,
                Document::tr("Noise on %1: σ ≈ %2 (the median distance of each point from the line through its "
                             "neighbours, scaled to a standard deviation).")
                    .arg(name, number(level.sigma)),
                Diagnostic::Action::None });
        } else if (level.signalRms <= 0.0 && level.derivativeNoise > 0.0) {
            // No signal found above the noise (core/smoothing/noise.h clamps it to 0): no ratio.
            list.append({ Diagnostic::Severity::Warning,
                Document::tr(
                    "The derivative of %1 cannot be told apart from its noise: noise of σ ≈ %2 on %1 (estimated "
                    "from each point's distance to the line through its neighbours) becomes ±%3 in numpy's "
                    "differences, and no signal larger than that was found. Try a smoothing method.")
                    .arg(name, number(level.sigma), number(level.derivativeNoise)),
                Diagnostic::Action::UseAutomatic });
        } else if (std::isfinite(level.snr) && level.snr < kNoisySnr) {
            list.append({ Diagnostic::Severity::Warning,
                Document::tr("The derivative of %1 is mostly noise (SNR %2): noise of σ ≈ %3 on %1 (estimated from "
                             "each point's distance to the line through its neighbours) becomes ±%4 in numpy's "
                             "differences, against a signal of about %5. Try a smoothing method.")
                    .arg(name, number(level.snr), number(level.sigma), number(level.derivativeNoise),
                        number(level.signalRms)),
                Diagnostic::Action::UseAutomatic });
        }
    }
}

} // namespace tangent::ui
