// SPDX-License-Identifier: GPL-3.0-or-later
// Document: the uncertainty band, each derivative value's standard deviation from the noise on y
// propagated through the method (core/uncertainty/uncertainty.h, docs/uncertainty.md).

#include "ui/document/document.h"

#include "core/uncertainty/uncertainty.h"

namespace tangent::ui {

void addBand(DerivativeResult& result, const Series& series, const SmoothingOptions& used, int edgeOrder)
{
    result.sd.clear();
    result.bandError.clear();
    result.bandProvenance.clear();
    try {
        DerivativeBand band = derivativeBand(series, used, edgeOrder, std::nullopt);
        result.bandSigma = band.sigma;
        result.bandProvenance = QString::fromStdString(uncertaintyProvenance(band));
        result.sd = std::move(band.sd);
    } catch (const std::invalid_argument& e) { // UncertaintyError (no band for the method), SmoothingError
        result.bandError = QString::fromStdString(e.what());
    }
}

SmoothingOptions Document::numpyOptions() const
{
    SmoothingOptions numpy;
    numpy.method = SmoothingMethod::Numpy;
    numpy.order = m_settings.order;
    return numpy;
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
                   "on %1 estimated from the data. It assumes independent noise and is too narrow at sharp "
                   "features (docs/uncertainty.md).")
                    .arg(name, QString::number(result.bandSigma, 'g', 3)),
                Diagnostic::Action::None });
        }
    }
}

} // namespace tangent::ui
