// SPDX-License-Identifier: GPL-3.0-or-later
// The methods that are a fixed weighting of y: numpy.gradient and Savitzky–Golay. Their weights
// come from the code that computes the values (numpy's kernels in core/gradient/gradientkernels.h,
// Savitzky–Golay's local fits in core/smoothing/savgol.h), so a band cannot disagree with them.

#include "core/gradient/gradient.h"
#include "core/gradient/gradientkernels.h"
#include "core/smoothing/savgol.h"
#include "core/uncertainty/methodbands.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace tangent::uncertainty {
namespace {

/// A linear form Σ w·y[k] over at most three samples: what numpy's kernels compute, taken apart.
/// Instantiating the kernels on it records each row's weights with numpy's own coefficients.
struct LinearForm {
    std::size_t count = 0;
    std::size_t rows[3] = {};
    double weights[3] = {};

    void add(std::size_t row, double weight)
    {
        rows[count] = row;
        weights[count] = weight;
        ++count;
    }
};

LinearForm operator-(const LinearForm& a, const LinearForm& b)
{
    LinearForm out = a;
    for (std::size_t j = 0; j < b.count; ++j)
        out.add(b.rows[j], -b.weights[j]);
    return out;
}

LinearForm operator+(const LinearForm& a, const LinearForm& b)
{
    LinearForm out = a;
    for (std::size_t j = 0; j < b.count; ++j)
        out.add(b.rows[j], b.weights[j]);
    return out;
}

LinearForm operator/(LinearForm a, double divisor)
{
    // numpy divides the difference, so each sample's weight is ±1/divisor.
    for (std::size_t j = 0; j < a.count; ++j)
        a.weights[j] = a.weights[j] / divisor;
    return a;
}

LinearForm operator*(double factor, LinearForm a)
{
    for (std::size_t j = 0; j < a.count; ++j)
        a.weights[j] = factor * a.weights[j];
    return a;
}

/// The kernels' view of y: y[k] is the form 1·y[k].
struct FormSamples {
    LinearForm operator[](std::size_t k) const
    {
        LinearForm form;
        form.add(k, 1.0);
        return form;
    }
};

/// One numpy.gradient pass as a sparse matrix: row i's weights.
std::vector<LinearForm> gradientForms(std::size_t n, const AxisSpacing& spacing, int edgeOrder)
{
    std::vector<LinearForm> forms(n);
    if (spacing.uniform)
        detail::uniformLine(FormSamples {}, forms.data(), n, spacing.h, edgeOrder, 0, n);
    else
        detail::nonUniformLine(FormSamples {}, forms.data(), n, spacing.x, edgeOrder, 0, n);
    return forms;
}

/// Σ w over repeated rows merged, rows ascending.
BandWeights merged(std::size_t row, std::vector<std::pair<std::size_t, double>> terms)
{
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    BandWeights out;
    out.row = row;
    for (const auto& [r, w] : terms) {
        if (!out.rows.empty() && out.rows.back() == r) {
            out.weights.back() += w;
        } else {
            out.rows.push_back(r);
            out.weights.push_back(w);
        }
    }
    for (const double w : out.weights)
        out.sumOfSquares += w * w;
    return out;
}

void checkOrder(int order)
{
    if (order < 1)
        throw GradientError(GradientErrorKind::BadDerivativeOrder,
            Message { MessageId::GradientOrder, { MessageArg::integer(order) }, {} });
}

/// One numpy.gradient pass over the series, after numpy's checks and its uniform test.
std::vector<LinearForm> numpyPass(const Series& series, int order, int edgeOrder)
{
    const std::size_t n = series.y.size();
    checkEdgeOrder(edgeOrder);
    checkLength(n, edgeOrder);
    checkOrder(order);
    const Spacing spacing
        = series.x.empty() ? Spacing::uniform(series.h) : Spacing::coordinates({ series.x.begin(), series.x.end() });
    return gradientForms(n, resolveSpacing(spacing, n), edgeOrder);
}

/// Row i of Dᵏ for every row, D one pass.
std::vector<BandWeights> composedRows(const std::vector<LinearForm>& pass, int order);

/// √Σw² of every row of `pass` composed `order` times, NaN where a row's stencil touches a NaN y.
std::vector<double> unitSdOf(const std::vector<LinearForm>& pass, std::span<const double> y, int order)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> sd(y.size());
    const auto touchesNan = [&y](const auto& rows, std::size_t count) {
        for (std::size_t j = 0; j < count; ++j)
            if (std::isnan(y[rows[j]]))
                return true;
        return false;
    };
    if (order > 1) {
        const std::vector<BandWeights> rows = composedRows(pass, order);
        for (std::size_t i = 0; i < rows.size(); ++i)
            sd[i] = touchesNan(rows[i].rows, rows[i].rows.size()) ? nan : std::sqrt(rows[i].sumOfSquares);
        return sd;
    }
    // One pass: each row's samples are distinct, so its weights need no merging or storing.
    for (std::size_t i = 0; i < pass.size(); ++i) {
        const LinearForm& form = pass[i];
        double sum = 0.0;
        for (std::size_t j = 0; j < form.count; ++j)
            sum += form.weights[j] * form.weights[j];
        sd[i] = touchesNan(form.rows, form.count) ? nan : std::sqrt(sum);
    }
    return sd;
}

} // namespace

std::vector<double> numpyUnitSd(const Series& series, int order, int edgeOrder)
{
    return unitSdOf(numpyPass(series, order, edgeOrder), series.y, order);
}

namespace {

/// Row i of Dᵏ as (row, weight) terms, from the rows of D it reaches (3ᵏ terms at most).
void composeRow(const std::vector<LinearForm>& pass, std::size_t i, int order, double factor,
    std::vector<std::pair<std::size_t, double>>& terms)
{
    const LinearForm& form = pass[i];
    for (std::size_t j = 0; j < form.count; ++j) {
        if (order == 1)
            terms.emplace_back(form.rows[j], factor * form.weights[j]);
        else
            composeRow(pass, form.rows[j], order - 1, factor * form.weights[j], terms);
    }
}

} // namespace

BandWeights numpyWeightsAt(const Series& series, int order, int edgeOrder, std::size_t row)
{
    const std::vector<LinearForm> pass = numpyPass(series, order, edgeOrder);
    std::vector<std::pair<std::size_t, double>> terms;
    composeRow(pass, row, order, 1.0, terms);
    return merged(row, std::move(terms));
}

namespace {

std::vector<BandWeights> composedRows(const std::vector<LinearForm>& pass, int order)
{
    const std::size_t n = pass.size();
    // Order k is the gradient applied k times: row i of Dᵏ = Σⱼ D(i, j) · row j of Dᵏ⁻¹.
    std::vector<BandWeights> rows(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<std::pair<std::size_t, double>> terms;
        for (std::size_t j = 0; j < pass[i].count; ++j)
            terms.emplace_back(pass[i].rows[j], pass[i].weights[j]);
        rows[i] = merged(i, std::move(terms));
    }
    for (int k = 1; k < order; ++k) {
        std::vector<BandWeights> next(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::vector<std::pair<std::size_t, double>> terms;
            for (std::size_t j = 0; j < pass[i].count; ++j) {
                const BandWeights& inner = rows[pass[i].rows[j]];
                for (std::size_t m = 0; m < inner.rows.size(); ++m)
                    terms.emplace_back(inner.rows[m], pass[i].weights[j] * inner.weights[m]);
            }
            next[i] = merged(i, std::move(terms));
        }
        rows = std::move(next);
    }
    return rows;
}

} // namespace

std::vector<BandWeights> numpyWeights(const Series& series, int order, int edgeOrder)
{
    return composedRows(numpyPass(series, order, edgeOrder), order);
}

namespace {

smoothing::SavgolParams savgolParams(const SmoothingOptions& used)
{
    if (!used.window || !used.polyorder)
        throw UncertaintyError(Message { MessageId::SavgolBandNeedsParameters, {}, {} });
    return { *used.window, *used.polyorder, used.order };
}

} // namespace

std::vector<BandWeights> savgolWeights(const smoothing::CleanSeries& clean, const SmoothingOptions& used)
{
    const std::vector<SavgolRowWeights> fitted = smoothing::savgolRowWeights(clean, savgolParams(used));
    std::vector<BandWeights> out(fitted.size());
    for (std::size_t i = 0; i < fitted.size(); ++i) {
        out[i].row = fitted[i].row;
        out[i].rows = fitted[i].rows;
        out[i].weights = fitted[i].weights;
        for (const double w : out[i].weights)
            out[i].sumOfSquares += w * w;
    }
    return out;
}

std::vector<double> savgolUnitSd(const smoothing::CleanSeries& clean, const SmoothingOptions& used)
{
    const smoothing::SavgolParams params = savgolParams(used);
    smoothing::checkSavgol(params, clean.size());
    std::vector<double> sd(clean.size());
    savgolUnitSdRange(clean, 0, clean.size(), params, 0, clean.size(), sd);
    return sd;
}

} // namespace tangent::uncertainty

namespace tangent {

std::vector<double> numpyUnitSdOn(std::span<const double> y, const AxisSpacing& spacing, int order, int edgeOrder)
{
    uncertainty::checkOrder(order);
    checkEdgeOrder(edgeOrder);
    checkLength(y.size(), edgeOrder);
    return uncertainty::unitSdOf(uncertainty::gradientForms(y.size(), spacing, edgeOrder), y, order);
}

void savgolUnitSdRange(const smoothing::CleanSeries& chunk, std::size_t base, std::size_t total,
    const smoothing::SavgolParams& params, std::size_t from, std::size_t to, std::span<double> out)
{
    const std::size_t half = static_cast<std::size_t>(params.window) / 2;
    const std::function<void(std::size_t, std::size_t, std::span<const double>)> unitSd
        = [&out, from](std::size_t i, std::size_t, std::span<const double> weights) {
              double sum = 0.0;
              for (const double w : weights)
                  sum += w * w;
              out[i - from] = std::sqrt(sum);
          };
    // On uniform data a row's weights depend only on where it lies in its window, so every
    // interior row (its window centred on it) has the same sd: computed once, copied to the others.
    std::optional<double> interior;
    for (std::size_t i = from; i < to; ++i) {
        const bool centred = chunk.uniform && i >= half && i + half < total;
        if (centred && interior) {
            out[i - from] = *interior;
            continue;
        }
        smoothing::forEachSavgolRowIn(chunk, base, total, params, unitSd, i, i + 1);
        if (centred)
            interior = out[i - from];
    }
}

} // namespace tangent
