// SPDX-License-Identifier: GPL-3.0-or-later
// Document: the uncertainty band, each derivative value's standard deviation from the noise on y
// propagated through the method (core/uncertainty/uncertainty.h, docs/uncertainty.md).

#include "ui/document/document.h"

#include "ui/i18n/coremessages.h"

#include "core/uncertainty/uncertainty.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace tangent::ui {

void addBand(DerivativeResult& result, const Series& series, const SmoothingOptions& used, int edgeOrder)
{
    result.sd.clear();
    result.bandError.clear();
    try {
        DerivativeBand band = derivativeBand(series, used, edgeOrder, std::nullopt);
        result.bandSigma = band.sigma;
        result.sd = std::move(band.sd);
    } catch (const std::invalid_argument& e) { // UncertaintyError (no band for the method), SmoothingError
        result.bandError = translateException(e);
    }
}

SmoothingOptions Document::numpyOptions() const
{
    SmoothingOptions numpy;
    numpy.method = SmoothingMethod::Numpy;
    numpy.order = m_settings.order;
    return numpy;
}

void Document::addGroupBands(
    DerivativeResult& result, const GroupedDerivative& grouped, const std::vector<double>& x) const
{
    const auto n = static_cast<std::size_t>(rowCount());
    const std::vector<double>& y = column(result.yColumn).values;
    std::vector<double> sd(n, std::numeric_limits<double>::quiet_NaN());
    double sigma = 0.0;
    for (std::size_t g = 0; g < m_groups.rows.size(); ++g) {
        const std::vector<std::size_t>& rows = m_groups.rows[g];
        const bool smoothing = smoothingActive();
        const bool skipped = rows.empty() || grouped.skipped[rows.front()] != 0; // a short group
        if (skipped || (smoothing && !(g < grouped.used.size() && grouped.used[g])))
            continue; // no derivative, no band
        std::vector<double> gy;
        std::vector<double> gx;
        for (const std::size_t r : rows) {
            gy.push_back(y[r]);
            if (!x.empty())
                gx.push_back(x[r]);
        }
        DerivativeResult part;
        addBand(part, { gy, gx, m_settings.dx }, smoothing ? *grouped.used[g] : numpyOptions(), m_settings.edgeOrder);
        if (!part.bandError.isEmpty()) {
            result.bandError = part.bandError;
            result.sd.clear();
            return;
        }
        for (std::size_t k = 0; k < rows.size() && k < part.sd.size(); ++k)
            sd[rows[k]] = part.sd[k];
        sigma = std::max(sigma, part.bandSigma);
    }
    result.sd = std::move(sd);
    result.bandSigma = sigma; // the largest of the groups', as the diagnostics quote it
}

void Document::setUncertaintyBand(bool on)
{
    if (on == m_band)
        return;
    m_band = on;
    recomputeAll();
    emit uncertaintyBandChanged(on);
    emitAllDerivativesChanged();
    updateDiagnostics();
}

void Document::addBandDiagnostics(QList<Diagnostic>& list) const
{
    if (!m_band)
        return;
    for (const DerivativeResult& result : m_results) {
        const QString name = QStringLiteral("'%1'").arg(column(result.yColumn).name);
        if (!result.bandError.isEmpty()) {
            list.append({ Diagnostic::Severity::Warning,
                tr("No uncertainty band for the derivative of %1: %2").arg(name, result.bandError),
                Diagnostic::Action::None });
        } else if (!result.sd.empty()) {
            list.append({ Diagnostic::Severity::Info,
                tr("The band around the derivative of %1 is its 95% interval, ±1.96 sd, from noise of σ ≈ %2 "
                   "on %1 estimated from the data. It assumes independent noise and is too narrow where the curve "
                   "bends sharply.")
                    .arg(name, QString::number(result.bandSigma, 'g', 3)),
                Diagnostic::Action::None });
        }
    }
}

} // namespace tangent::ui
