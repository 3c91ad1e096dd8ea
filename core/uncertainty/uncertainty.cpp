// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uncertainty/uncertainty.h"

#include "core/io/numberformat.h"
#include "core/smoothing/runners.h"
#include "core/uncertainty/bandprovenance.h"
#include "core/uncertainty/methodbands.h"

#include "core/smoothing/savgol.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace tangent {

UncertaintyError::UncertaintyError(Message message)
    : std::invalid_argument(message.english()), MessageCarrier(std::move(message))
{
}

std::string DerivativeBand::sigmaSource() const
{
    return source == SigmaSource::Given ? "given" : "estimated from the data";
}

namespace {

// The noise estimate needs this many samples to tell noise from the signal's shape (as the
// window's diagnostics, core/smoothing/noise.cpp).
constexpr std::size_t kFewestForSigma = 20;

/// The samples a smoothing method fitted, cleaned as smoothDerivative cleans them.
smoothing::CleanSeries fittedSamples(const Series& series, const SmoothingOptions& used)
{
    const std::string name(methodName(used.method));
    return smoothing::cleanSeries(series, smoothing::minimumSamples(used.method, used), name.c_str());
}

/// sd = σ · unit sd at the clean samples, spread to the rows as the derivative is.
std::vector<double> scaledToRows(
    const Series& series, const smoothing::CleanSeries& clean, std::vector<double> unitSd, double sigma)
{
    for (double& v : unitSd)
        v *= sigma;
    return smoothing::spreadToRows(series, clean, std::move(unitSd));
}

/// Throws unless `used` is Savitzky–Golay with its parameters (numpy is handled before).
void checkWeighted(const SmoothingOptions& used)
{
    if (used.method != SmoothingMethod::Savgol)
        throw UncertaintyError(Message { MessageId::NoWeightsToShow, { std::string(methodName(used.method)) }, {} });
    checkSmoothingOptions(used);
    if (!used.window || !used.polyorder)
        throw UncertaintyError(Message { MessageId::SavgolWeightsNeedParameters, {}, {} });
}

} // namespace

std::pair<double, SigmaSource> noiseSigma(const Series& series, std::optional<double> given)
{
    if (given) {
        if (!std::isfinite(*given) || *given < 0.0)
            throw UncertaintyError(Message { MessageId::NoiseSdInvalid, { MessageArg::real(*given) }, {} });
        return { *given, SigmaSource::Given };
    }
    smoothing::CleanSeries clean;
    try {
        clean = smoothing::cleanSeries(series, kFewestForSigma, "the noise estimate");
    } catch (const SmoothingError& e) {
        throw UncertaintyError(Message { MessageId::CannotEstimateNoise, {}, { e.userMessage() } });
    }
    return { smoothing::estimateNoise(clean.x, clean.y), SigmaSource::Estimated };
}

DerivativeBand derivativeBand(
    const Series& series, const SmoothingOptions& used, int edgeOrder, std::optional<double> noiseSd)
{
    checkBandMethod(used.method);
    if (used.method == SmoothingMethod::Auto)
        throw UncertaintyError(Message { MessageId::BandNeedsChosenMethod, {}, {} });
    if (used.method != SmoothingMethod::Numpy)
        checkSmoothingOptions(used);
    DerivativeBand band;
    std::tie(band.sigma, band.source) = noiseSigma(series, noiseSd);
    switch (used.method) {
    case SmoothingMethod::Numpy:
        band.sd = uncertainty::numpyUnitSd(series, used.order, edgeOrder);
        for (double& v : band.sd)
            v *= band.sigma;
        break;
    case SmoothingMethod::Savgol: {
        const smoothing::CleanSeries clean = fittedSamples(series, used);
        band.sd = scaledToRows(series, clean, uncertainty::savgolUnitSd(clean, used), band.sigma);
        break;
    }
    case SmoothingMethod::Spline: {
        if (used.order != 1)
            throw UncertaintyError(
                Message { MessageId::SplineBandFirstOrderOnly, { MessageArg::integer(used.order) }, {} });
        if (!used.lam)
            throw UncertaintyError(Message { MessageId::SplineBandNeedsLambda, {}, {} });
        const smoothing::CleanSeries clean = fittedSamples(series, used);
        band.sd = scaledToRows(series, clean, uncertainty::splineUnitSd(clean, *used.lam).noise, band.sigma);
        break;
    }
    case SmoothingMethod::Kalman: {
        if (!used.ratio)
            throw UncertaintyError(Message { MessageId::KalmanBandNeedsRatio, {}, {} });
        const smoothing::CleanSeries clean = fittedSamples(series, used);
        band.sd = smoothing::kalmanDerivativeSd(series, clean, *used.ratio, used.order, band.sigma);
        break;
    }
    default:
        break;
    }
    return band;
}

std::vector<BandWeights> derivativeWeights(const Series& series, const SmoothingOptions& used, int edgeOrder)
{
    if (used.method == SmoothingMethod::Numpy)
        return uncertainty::numpyWeights(series, used.order, edgeOrder);
    checkWeighted(used);
    const smoothing::CleanSeries clean = fittedSamples(series, used);
    std::vector<BandWeights> rows = uncertainty::savgolWeights(clean, used);
    for (BandWeights& row : rows) {
        row.row = clean.row(row.row);
        for (std::size_t& r : row.rows)
            r = clean.row(r);
    }
    return rows;
}

std::optional<BandWeights> derivativeWeightsAt(
    const Series& series, const SmoothingOptions& used, int edgeOrder, std::size_t row)
{
    if (row >= series.y.size())
        throw std::out_of_range("row " + std::to_string(row) + " is past the last row of the series");
    if (used.method == SmoothingMethod::Numpy)
        return uncertainty::numpyWeightsAt(series, used.order, edgeOrder, row);
    checkWeighted(used);
    const smoothing::CleanSeries clean = fittedSamples(series, used);
    std::size_t index = row;
    if (!clean.rows.empty()) {
        const auto at = std::lower_bound(clean.rows.begin(), clean.rows.end(), row);
        if (at == clean.rows.end() || *at != row)
            return std::nullopt;
        index = static_cast<std::size_t>(at - clean.rows.begin());
    }
    std::optional<BandWeights> out;
    smoothing::forEachSavgolRow(
        clean, { *used.window, *used.polyorder, used.order },
        [&](std::size_t, std::size_t first, std::span<const double> weights) {
            BandWeights w;
            w.row = row;
            w.weights.assign(weights.begin(), weights.end());
            for (std::size_t j = 0; j < weights.size(); ++j) {
                w.rows.push_back(clean.row(first + j));
                w.sumOfSquares += weights[j] * weights[j];
            }
            out = std::move(w);
        },
        index, index + 1);
    return out;
}

} // namespace tangent
