// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/savgol.h"

#include "core/smoothing/localfit.h"
#include "core/twothreads.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace tangent::smoothing {
namespace {

/// How much wider than the chosen GCV window the window for the k-th derivative is made
/// (k = 0..3). For k = 1 the one-standard-error rule alone measured best in
/// bench/smoothing_accuracy.py; k = 2, 3 are an unmeasured guess (docs/smoothing.md).
constexpr double kDerivativeWidening[] = { 1.0, 1.0, 1.2, 1.4 };

/// The first sample of the window used at sample i: centred on i, or the first or last W samples
/// near the ends, as scipy's mode='interp' fits them.
std::size_t windowFirst(std::size_t i, std::size_t n, std::size_t window)
{
    const std::size_t half = window / 2;
    if (i < half)
        return 0;
    if (i + half >= n)
        return n - window;
    return i - half;
}

/// A window's positions, centred on its middle sample and scaled to [-1, 1].
struct WindowFrame {
    double centre = 0.0;
    double scale = 1.0;
    std::vector<double> t;
};

WindowFrame frameOf(std::span<const double> x, std::size_t first, std::size_t window)
{
    WindowFrame frame;
    frame.centre = x[first + window / 2];
    frame.scale = std::max(frame.centre - x[first], x[first + window - 1] - frame.centre);
    frame.t.resize(window);
    for (std::size_t j = 0; j < window; ++j)
        frame.t[j] = (x[first + j] - frame.centre) / frame.scale;
    return frame;
}

WindowFrame uniformFrame(std::size_t window, double h)
{
    WindowFrame frame;
    // window is odd: the half width (window - 1) / 2 is a whole number of points.
    const std::size_t halfPoints = (window - 1) / 2;
    const auto half = static_cast<double>(halfPoints);
    frame.scale = half * h;
    frame.t.resize(window);
    for (std::size_t j = 0; j < window; ++j)
        frame.t[j] = (static_cast<double>(j) - half) / half;
    return frame;
}

/// Weights applied to y[i - m .. i + m] in the interior of uniform data, in x units.
std::vector<double> interiorWeights(const SavgolParams& p, double h)
{
    const WindowFrame frame = uniformFrame(static_cast<std::size_t>(p.window), h);
    std::vector<double> w = LocalPolynomialFit(frame.t, p.polyorder).weightsAt(0.0, p.order);
    const double unit = std::pow(frame.scale, p.order);
    for (double& v : w)
        v /= unit;
    return w;
}

/// out[i] = Σₖ folded[k] (y[i + k] ∓ y[i − k]) for the interior samples i in [first, last), in
/// blocks of outputs kept in L1 so that the inner loop vectorises. Each output is summed in the
/// same order whatever the vector width and wherever its block starts, so every instruction set
/// and every split of the range gives the same bits.
template <bool Odd>
[[gnu::always_inline]] inline void convolveBlocks(
    const double* y, std::size_t first, std::size_t last, const double* folded, std::size_t half, double* out)
{
    constexpr std::size_t kBlock = 512;
    double acc[kBlock];
    for (std::size_t start = first; start < last; start += kBlock) {
        const std::size_t len = std::min(kBlock, last - start);
        const double* centre = y + start;
        for (std::size_t b = 0; b < len; ++b)
            acc[b] = folded[0] * centre[b];
        for (std::size_t j = 1; j <= half; ++j) {
            const double a = folded[j];
            const double* right = centre + j;
            const double* left = centre - j;
            for (std::size_t b = 0; b < len; ++b)
                acc[b] += a * (Odd ? right[b] - left[b] : right[b] + left[b]);
        }
        std::copy(acc, acc + len, out + start);
    }
}

// The same loop compiled for AVX-512 and AVX2 (eight or four doubles per instruction), chosen at
// run time.
template <bool Odd>
[[gnu::target("avx512f")]] void convolveAvx512(
    const double* y, std::size_t first, std::size_t last, const double* folded, std::size_t half, double* out)
{
    convolveBlocks<Odd>(y, first, last, folded, half, out);
}

template <bool Odd>
[[gnu::target("avx2")]] void convolveAvx2(
    const double* y, std::size_t first, std::size_t last, const double* folded, std::size_t half, double* out)
{
    convolveBlocks<Odd>(y, first, last, folded, half, out);
}

template <bool Odd>
void convolvePortable(
    const double* y, std::size_t first, std::size_t last, const double* folded, std::size_t half, double* out)
{
    convolveBlocks<Odd>(y, first, last, folded, half, out);
}

/// out[i] = Σ w[j] y[i − m + j] for the interior samples. The weights of a derivative of odd
/// (even) order are antisymmetric (symmetric) about the centre; folding the window halves the
/// multiplications.
template <bool Odd> void convolveInterior(std::span<const double> y, std::span<const double> w, std::span<double> out)
{
    const std::size_t half = w.size() / 2;
    std::vector<double> folded(half + 1);
    folded[0] = Odd ? 0.0 : w[half];
    for (std::size_t j = 1; j <= half; ++j)
        folded[j] = Odd ? 0.5 * (w[half + j] - w[half - j]) : 0.5 * (w[half + j] + w[half - j]);
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    static const bool avx2 = __builtin_cpu_supports("avx2");
    const auto convolve = [&](std::size_t first, std::size_t last) {
        if (avx512)
            convolveAvx512<Odd>(y.data(), first, last, folded.data(), half, out.data());
        else if (avx2)
            convolveAvx2<Odd>(y.data(), first, last, folded.data(), half, out.data());
        else
            convolvePortable<Odd>(y.data(), first, last, folded.data(), half, out.data());
    };
    if (y.size() <= 2 * half)
        return;
    const std::size_t first = half;
    const std::size_t last = y.size() - half;
    // A long window over many samples (Automatic's choice can be thousands wide) is split over two
    // threads; each output is computed as it would be on one.
    constexpr std::size_t kParallelWork = std::size_t { 1 } << 22; // multiply-adds, about a millisecond
    splitOverTwoThreads(first, last, (last - first) * (half + 1) >= kParallelWork, convolve);
}

/// The first and last window/2 samples of uniform data: one polynomial fitted to the first (last)
/// W samples, differentiated at each of their positions.
void uniformEdges(std::span<const double> y, const SavgolParams& p, double h, std::span<double> out)
{
    const auto window = static_cast<std::size_t>(p.window);
    const std::size_t half = window / 2;
    const std::size_t n = y.size();
    const WindowFrame frame = uniformFrame(window, h);
    const LocalPolynomialFit fit(frame.t, p.polyorder);
    const double unit = std::pow(frame.scale, p.order);
    const std::vector<double> head = fit.coefficients(y.subspan(0, window));
    const std::vector<double> tail = fit.coefficients(y.subspan(n - window, window));
    for (std::size_t j = 0; j < half; ++j) {
        out[j] = LocalPolynomialFit::derivativeAt(head, frame.t[j], p.order) / unit;
        out[n - half + j] = LocalPolynomialFit::derivativeAt(tail, frame.t[half + 1 + j], p.order) / unit;
    }
}

std::vector<double> uniformFilter(std::span<const double> y, const SavgolParams& p, double h)
{
    std::vector<double> out(y.size());
    const std::vector<double> w = interiorWeights(p, h);
    if (p.order % 2 == 1)
        convolveInterior<true>(y, w, out);
    else
        convolveInterior<false>(y, w, out);
    uniformEdges(y, p, h, out);
    return out;
}

/// The uneven filter at sample i of x and y, whose window starts at sample `first`.
double unevenAt(
    std::span<const double> x, std::span<const double> y, std::size_t first, std::size_t i, const SavgolParams& p)
{
    const auto window = static_cast<std::size_t>(p.window);
    const WindowFrame frame = frameOf(x, first, window);
    const LocalPolynomialFit fit(frame.t, p.polyorder);
    const std::vector<double> c = fit.coefficients(y.subspan(first, window));
    const double t = (x[i] - frame.centre) / frame.scale;
    return LocalPolynomialFit::derivativeAt(c, t, p.order) / std::pow(frame.scale, p.order);
}

std::vector<double> unevenFilter(const CleanSeries& s, const SavgolParams& p)
{
    const auto window = static_cast<std::size_t>(p.window);
    std::vector<double> out(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        out[i] = unevenAt(s.x, s.y, windowFirst(i, s.size(), window), i, p);
    return out;
}

/// Values at [from, to) of a uniform series of `total` samples from `chunk` (samples from `base`),
/// with the arithmetic of uniformFilter: the interior by the same convolution, which sums each
/// output in the same order wherever it lies, and the ends by the same two fits.
void uniformRange(const CleanSeries& chunk, std::size_t base, std::size_t total, const SavgolParams& p,
    std::size_t from, std::size_t to, std::span<double> out)
{
    const auto window = static_cast<std::size_t>(p.window);
    const std::size_t half = window / 2;
    const std::size_t a = std::max(from, half);
    const std::size_t b = std::min(to, total - half);
    if (a < b) {
        const std::span<const double> y = chunk.y.subspan(a - half - base, b - a + 2 * half);
        std::vector<double> interior(y.size());
        const std::vector<double> w = interiorWeights(p, chunk.h);
        if (p.order % 2 == 1)
            convolveInterior<true>(y, w, interior);
        else
            convolveInterior<false>(y, w, interior);
        std::copy(interior.begin() + static_cast<std::ptrdiff_t>(half),
            interior.begin() + static_cast<std::ptrdiff_t>(half + b - a),
            out.begin() + static_cast<std::ptrdiff_t>(a - from));
    }
    if (from >= half && to <= total - half)
        return;
    const WindowFrame frame = uniformFrame(window, chunk.h);
    const LocalPolynomialFit fit(frame.t, p.polyorder);
    const double unit = std::pow(frame.scale, p.order);
    if (from < half) {
        const std::vector<double> head = fit.coefficients(chunk.y.first(window)); // base is 0 here
        for (std::size_t i = from; i < std::min(to, half); ++i)
            out[i - from] = LocalPolynomialFit::derivativeAt(head, frame.t[i], p.order) / unit;
    }
    if (to > total - half) {
        const std::vector<double> tail = fit.coefficients(chunk.y.subspan(total - window - base, window));
        for (std::size_t i = std::max(from, total - half); i < to; ++i)
            out[i - from] = LocalPolynomialFit::derivativeAt(tail, frame.t[i - (total - window)], p.order) / unit;
    }
}

/// Largest odd number ≤ n.
int largestOddWindow(std::size_t n)
{
    const auto capped = static_cast<int>(std::min<std::size_t>(n, 1'000'001));
    return capped % 2 == 1 ? capped : capped - 1;
}

} // namespace

void checkSavgol(const SavgolParams& p, std::size_t n)
{
    const MessageArg w = MessageArg::integer(p.window);
    if (p.polyorder < 0)
        throw SmoothingError(Message { MessageId::PolyorderNegative, { MessageArg::integer(p.polyorder) }, {} });
    if (p.window % 2 == 0)
        throw SmoothingError(Message { MessageId::SavgolWindowEven, { w }, {} });
    if (p.polyorder >= p.window)
        throw SmoothingError(
            Message { MessageId::SavgolPolyorderTooHigh, { MessageArg::integer(p.polyorder), w }, {} });
    if (p.window < 3)
        throw SmoothingError(Message { MessageId::SavgolWindowTooSmall, { w }, {} });
    if (p.order > p.polyorder)
        throw SmoothingError(Message {
            MessageId::SavgolNoDerivative, { MessageArg::integer(p.polyorder), MessageArg::integer(p.order) }, {} });
    if (static_cast<std::size_t>(p.window) > n)
        throw SmoothingError(Message { MessageId::SavgolWindowTooLong,
            { w, MessageArg::integer(n), MessageArg::integer(largestOddWindow(n)) }, {} });
}

std::vector<double> savgolFilter(const CleanSeries& clean, const SavgolParams& params)
{
    checkSavgol(params, clean.size());
    if (clean.uniform)
        return uniformFilter(clean.y, params, clean.h);
    return unevenFilter(clean, params);
}

void forEachSavgolRow(const CleanSeries& clean, const SavgolParams& p,
    const std::function<void(std::size_t, std::size_t, std::span<const double>)>& visit, std::size_t from,
    std::size_t to)
{
    checkSavgol(p, clean.size());
    forEachSavgolRowIn(clean, 0, clean.size(), p, visit, from, std::min(to, clean.size()));
}

void forEachSavgolRowIn(const CleanSeries& chunk, std::size_t base, std::size_t total, const SavgolParams& p,
    const std::function<void(std::size_t, std::size_t, std::span<const double>)>& visit, std::size_t from,
    std::size_t to)
{
    const auto window = static_cast<std::size_t>(p.window);
    for (std::size_t i = from; i < to; ++i) {
        const std::size_t first = windowFirst(i, total, window);
        const WindowFrame frame
            = chunk.uniform ? uniformFrame(window, chunk.h) : frameOf(chunk.x, first - base, window);
        const double t = chunk.uniform ? frame.t[i - first] : (chunk.x[i - base] - frame.centre) / frame.scale;
        std::vector<double> weights = LocalPolynomialFit(frame.t, p.polyorder).weightsAt(t, p.order);
        const double unit = std::pow(frame.scale, p.order);
        for (double& w : weights)
            w /= unit;
        visit(i, first, weights);
    }
}

std::size_t savgolWindowFirst(std::size_t i, std::size_t total, int window)
{
    return windowFirst(i, total, static_cast<std::size_t>(window));
}

void savgolFilterRange(const CleanSeries& chunk, std::size_t base, std::size_t total, const SavgolParams& params,
    std::size_t from, std::size_t to, std::span<double> out)
{
    if (chunk.uniform) {
        uniformRange(chunk, base, total, params, from, to, out);
        return;
    }
    const auto window = static_cast<std::size_t>(params.window);
    for (std::size_t i = from; i < to; ++i)
        out[i - from] = unevenAt(chunk.x, chunk.y, windowFirst(i, total, window) - base, i - base, params);
}

std::vector<SavgolRowWeights> savgolRowWeights(const CleanSeries& clean, const SavgolParams& p)
{
    std::vector<SavgolRowWeights> rows(clean.size());
    forEachSavgolRow(clean, p, [&](std::size_t i, std::size_t first, std::span<const double> weights) {
        SavgolRowWeights& row = rows[i];
        row.row = i;
        row.weights.assign(weights.begin(), weights.end());
        double value = 0.0;
        for (std::size_t j = 0; j < weights.size(); ++j) {
            row.rows.push_back(first + j);
            value += weights[j] * clean.y[first + j];
        }
        row.value = value;
    });
    return rows;
}

InteriorGcv::InteriorGcv(std::size_t n, int window, int polyorder)
    : m_weights(interiorWeights({ window, polyorder, 0 }, 1.0)),
      m_interior(n - m_weights.size() + 1),
      m_stride(std::max<std::size_t>(1, m_interior / kGcvSamples))
{
}

void InteriorGcv::add(std::span<const double> y)
{
    const std::size_t window = m_weights.size();
    double fitted = 0.0;
    for (std::size_t j = 0; j < window; ++j)
        fitted += m_weights[j] * y[j];
    const double r = y[window / 2] - fitted;
    m_rss += r * r;
    ++m_count;
}

double InteriorGcv::value() const
{
    const double free = 1.0 - m_weights[m_weights.size() / 2];
    return m_rss / static_cast<double>(m_count) / (free * free);
}

int chooseSavgolWindow(const CleanSeries& clean, int polyorder, int order)
{
    return chooseSavgolWindow(clean.size(), polyorder, order, [&](int window) {
        InteriorGcv gcv(clean.size(), window, polyorder);
        for (std::size_t first = 0; first < gcv.interior(); first += gcv.stride())
            gcv.add(clean.y.subspan(first, gcv.window()));
        return gcv.value();
    });
}

int chooseSavgolWindow(std::size_t n, int polyorder, int order, const std::function<double(int)>& gcvOf)
{
    const int largest = largestOddWindow(n);
    int window = std::max(polyorder + 2, 5);
    window += window % 2 == 0 ? 1 : 0;
    if (window > largest)
        return largest;
    // GCV of the smoothed values, computed with the uniform filter on the sample index (the
    // uneven filter would cost O(n·W·P²) per candidate and picks nearly the same window), over
    // at most kGcvSamples interior rows spread evenly: enough to place the minimum. Windows up to
    // half the data (so that the interior is at least half of it) and kMaxSearchWindow; the
    // search stops once GCV is clearly past its minimum (GCV is noisy: never at the first rise).
    constexpr int kMaxSearchWindow = 4001;
    const int limit = std::min({ largestOddWindow(n / 2), kMaxSearchWindow, largest });
    if (window > limit)
        return window; // too few samples to search: the narrowest window that fits
    std::vector<std::pair<int, double>> curve;
    double best = std::numeric_limits<double>::infinity();
    for (; window <= limit; window = std::max(window + 2, (window * 6 / 5) | 1)) {
        const double gcv = gcvOf(window);
        curve.emplace_back(window, gcv);
        best = std::min(best, gcv);
        if (gcv > 1.5 * best)
            break;
    }
    // GCV is flat near its minimum (it is mostly the noise variance), so its exact minimum is
    // noise. The widest window within one standard error of it (a mean of squares of about
    // n/2 independent residuals: relative error √(2/(n/2))) serves the derivative best.
    const double tolerance = best * (1.0 + 2.0 / std::sqrt(static_cast<double>(std::min<std::size_t>(n, 5000))));
    int bestWindow = curve.front().first;
    for (const auto& [w, gcv] : curve)
        if (gcv <= tolerance)
            bestWindow = w;
    // A derivative needs a wider window than the smoothed curve (its bias grows more slowly than
    // its variance falls); see docs/smoothing.md.
    const int widened = static_cast<int>(std::lround(bestWindow * kDerivativeWidening[std::min(order, 3)])) | 1;
    return std::min(widened, largest);
}

} // namespace tangent::smoothing

namespace tangent::smoothing {

SavgolParams savgolParams(const SmoothingOptions& options, int window)
{
    SavgolParams p;
    p.window = window;
    p.order = options.order;
    // Cubic by default (exact on cubics, and its derivative filters equal the quartic ones'), but
    // never so high that a small given window cannot hold it.
    p.polyorder = options.polyorder.value_or(std::max(options.order, std::min(3, window - 2)));
    return p;
}

MethodRun runSavgol(const CleanSeries& clean, const SmoothingOptions& options)
{
    MethodRun run;
    run.used = options;
    int window = options.window.value_or(0);
    if (!options.window) {
        const int polyorder = options.polyorder.value_or(std::max(options.order, 3));
        checkSavgol({ std::max(polyorder + 2, 5) | 1, polyorder, options.order }, clean.size());
        window = chooseSavgolWindow(clean, polyorder, options.order);
        run.automatic = true;
    }
    SavgolParams p = savgolParams(options, window);
    run.derivative = savgolFilter(clean, p);
    if (options.smoothedCurve) {
        p.order = 0;
        run.smoothed = savgolFilter(clean, p);
        p.order = options.order;
    }
    run.used.window = p.window;
    run.used.polyorder = p.polyorder;
    run.objective = "savgol: at each row, the least-squares polynomial of order " + std::to_string(p.polyorder)
        + " through the " + std::to_string(p.window) + " nearest rows (the first or last " + std::to_string(p.window)
        + " at the ends), differentiated " + std::to_string(options.order) + " time(s) at the row's x";
    return run;
}

} // namespace tangent::smoothing

namespace tangent {

std::vector<SavgolRowWeights> savgolExplain(const Series& series, const SmoothingOptions& used)
{
    checkSmoothingOptions(used);
    const smoothing::CleanSeries clean = smoothing::cleanSeries(series, 1, "savgol");
    std::vector<SavgolRowWeights> rows
        = smoothing::savgolRowWeights(clean, smoothing::savgolParams(used, used.window.value_or(0)));
    for (SavgolRowWeights& row : rows) {
        row.row = clean.row(row.row);
        for (std::size_t& r : row.rows)
            r = clean.row(r);
    }
    return rows;
}

} // namespace tangent
