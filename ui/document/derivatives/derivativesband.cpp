// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentDerivatives: the uncertainty band, each derivative value's standard deviation from the noise on y
// propagated through the method (core/uncertainty/uncertainty.h, docs/uncertainty.md).

#include "ui/document/derivatives/documentderivatives.h"

#include "ui/document/document.h"

#include "ui/i18n/coremessages.h"

#include "core/uncertainty/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace tangent::ui {

void addBand(DerivativeResult& result, const Series& series, const SmoothingOptions& used, int edgeOrder,
    std::optional<double> noiseSd)
{
    result.sd.clear();
    result.bandError.clear();
    try {
        DerivativeBand band = derivativeBand(series, used, edgeOrder, noiseSd);
        result.bandSigma = band.sigma;
        result.sd = std::move(band.sd);
    } catch (const std::invalid_argument& e) { // UncertaintyError (no band for the method), SmoothingError
        result.bandError = translateException(e);
    }
}

SmoothingOptions DocumentDerivatives::numpyOptions() const
{
    SmoothingOptions numpy;
    numpy.method = SmoothingMethod::Numpy;
    numpy.order = m_document.settings().order;
    return numpy;
}

void DocumentDerivatives::addGroupBands(DerivativeResult& result, const GroupedDerivative& grouped,
    const std::vector<double>& x, const GroupOptions& options) const
{
    // The core's grouped band, as the engine's export computes it, from what ran on each group.
    result.sd.clear();
    result.bandError.clear();
    try {
        GroupedBand band = groupedBand(m_groups,
            { m_document.column(result.yColumn).values, x, m_document.settings().dx }, options, grouped, std::nullopt);
        double sigma = 0.0;
        for (const double s : band.sigma)
            if (std::isfinite(s))
                sigma = std::max(sigma, s);
        result.sd = std::move(band.sd);
        result.bandSigma = sigma; // the largest of the groups', as the diagnostics quote it
    } catch (const std::invalid_argument& e) { // UncertaintyError (no band for the method)
        result.bandError = translateException(e);
    }
}

void DocumentDerivatives::setUncertaintyBand(bool on)
{
    if (on == m_band)
        return;
    m_band = on;
    recomputeAll();
    emit uncertaintyBandChanged(on);
    emitAllDerivativesChanged();
    notifyDiagnostics();
}

std::optional<double> DocumentDerivatives::bandNoiseSd(int column) const
{
    const auto given = m_bandNoise.find(column);
    return given == m_bandNoise.end() ? std::nullopt : std::optional<double>(given->second);
}

void DocumentDerivatives::setBandNoiseSd(int column, std::optional<double> sd)
{
    if (sd && !(*sd > 0.0 && std::isfinite(*sd)))
        return; // the settings refuse it before; never a band of σ 0 or NaN
    if (bandNoiseSd(column) == sd)
        return;
    if (sd)
        m_bandNoise[column] = *sd;
    else
        m_bandNoise.erase(column);
    if (!m_band)
        return;
    recomputeAll();
    emitAllDerivativesChanged();
    notifyDiagnostics();
}

void DocumentDerivatives::addBandDiagnostics(QList<Diagnostic>& list) const
{
    if (!m_band)
        return;
    for (const DerivativeResult& result : m_results) {
        const QString name = QStringLiteral("'%1'").arg(m_document.column(result.yColumn).name);
        if (!result.bandError.isEmpty()) {
            list.append({ Diagnostic::Severity::Warning,
                Document::tr("No uncertainty band for the derivative of %1: %2").arg(name, result.bandError),
                Diagnostic::Action::None });
        } else if (!result.sd.empty() && bandNoiseSd(result.yColumn)) {
            list.append({ Diagnostic::Severity::Info,
                Document::tr(
                    "The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ = %2 on %1 "
                    "as given in the band's settings. It assumes independent noise and is too narrow where the curve "
                    "bends sharply.")
                    .arg(name, QString::number(result.bandSigma, 'g', 6)),
                Diagnostic::Action::None });
        } else if (!result.sd.empty()) {
            list.append({ Diagnostic::Severity::Info,
                Document::tr(
                    "The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ ≈ %2 "
                    "on %1 estimated from the data. It assumes independent noise and is too narrow where the curve "
                    "bends sharply.")
                    .arg(name, QString::number(result.bandSigma, 'g', 3)),
                Diagnostic::Action::None });
        }
    }
}

} // namespace tangent::ui
