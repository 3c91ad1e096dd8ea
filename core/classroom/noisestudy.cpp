// SPDX-License-Identifier: GPL-3.0-or-later
// The noise-amplification lesson: every method on one noisy sample, and over a sweep of noise levels.

#include "core/classroom/noisestudy.h"

#include "core/gradient/gradient.h"
#include "core/uncertainty/uncertainty.h"

#include <array>
#include <cmath>
#include <exception>
#include <limits>
#include <optional>
#include <stdexcept>

namespace tangent {
namespace {

constexpr std::array kLessonMethods { SmoothingMethod::Numpy, SmoothingMethod::Savgol, SmoothingMethod::Spline,
    SmoothingMethod::Tvr, SmoothingMethod::Kalman, SmoothingMethod::Auto };

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// The band of `trial`'s derivative, computed by `used`, and its coverage of the exact derivative.
void addBand(MethodTrial& trial, const SampledFunction& sample, const SmoothingOptions& used)
{
    try {
        trial.sd = derivativeBand(Series { sample.y, sample.x }, used, 1, std::nullopt).sd;
        trial.coverage = interiorCoverage(trial.derivative, trial.sd, sample.exactDerivative, kBandZ);
    } catch (const std::invalid_argument& e) { // UncertaintyError: no band for the method
        trial.sd.clear();
        trial.bandError = messageOf(e);
        trial.coverage = kNaN;
    }
}

MethodTrial runMethod(SmoothingMethod method, const SampledFunction& sample, bool band)
{
    MethodTrial trial;
    trial.method = method;
    trial.coverage = kNaN;
    try {
        SmoothingOptions used;
        used.method = SmoothingMethod::Numpy;
        if (method == SmoothingMethod::Numpy) {
            trial.derivative = gradient(sample.y, sample.x, 1);
            trial.provenance = "numpy.gradient edge_order=1";
        } else {
            SmoothingOptions options;
            options.method = method;
            options.smoothedCurve = false;
            SmoothingResult result = smoothDerivative(Series { sample.y, sample.x }, options);
            trial.derivative = std::move(result.derivative);
            trial.provenance = result.provenance();
            used = result.used;
        }
        trial.rmse = interiorRmse(trial.derivative, sample.exactDerivative);
        if (band)
            addBand(trial, sample, used);
    } catch (const std::exception& e) {
        // Too few points for a method, say: the lesson shows the reason instead of a number.
        trial.derivative.clear();
        trial.error = messageOf(e);
        trial.rmse = kNaN;
    }
    return trial;
}

} // namespace

std::span<const SmoothingMethod> lessonMethods()
{
    return kLessonMethods;
}

double interiorRmse(std::span<const double> derivative, std::span<const double> truth)
{
    if (derivative.size() != truth.size())
        return kNaN;
    const auto trim = static_cast<std::size_t>(std::lround(0.025 * static_cast<double>(truth.size())));
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = trim; i + trim < truth.size(); ++i) {
        if (!std::isfinite(truth[i]))
            continue;
        const double e = derivative[i] - truth[i];
        sum += e * e;
        ++count;
    }
    return count == 0 ? kNaN : std::sqrt(sum / static_cast<double>(count));
}

double interiorCoverage(
    std::span<const double> derivative, std::span<const double> sd, std::span<const double> truth, double z)
{
    if (derivative.size() != truth.size() || sd.size() != truth.size())
        return kNaN;
    const auto trim = static_cast<std::size_t>(std::lround(0.025 * static_cast<double>(truth.size())));
    std::size_t covered = 0;
    std::size_t count = 0;
    for (std::size_t i = trim; i + trim < truth.size(); ++i) {
        if (!std::isfinite(truth[i]))
            continue;
        ++count;
        // A NaN derivative or sd fails the comparison: not covered.
        if (std::abs(derivative[i] - truth[i]) <= z * sd[i])
            ++covered;
    }
    return count == 0 ? kNaN : static_cast<double>(covered) / static_cast<double>(count);
}

NoiseTrial noiseTrial(const LabFunction& f, const SampleOptions& options, bool bands)
{
    NoiseTrial trial;
    trial.sample = sampleFunction(f, options);
    for (const SmoothingMethod method : kLessonMethods)
        trial.methods.push_back(runMethod(method, trial.sample, bands));
    return trial;
}

NoiseSweep noiseSweep(
    const LabFunction& f, const SampleOptions& options, std::span<const double> sigmas, const std::atomic<bool>* cancel)
{
    NoiseSweep sweep;
    sweep.rmse.resize(kLessonMethods.size());
    for (const double sigma : sigmas) {
        if (cancel != nullptr && cancel->load())
            break;
        SampleOptions level = options;
        level.noise = sigma;
        const NoiseTrial trial = noiseTrial(f, level, false); // the sweep draws no bands
        sweep.sigmas.push_back(sigma);
        for (std::size_t m = 0; m < trial.methods.size(); ++m)
            sweep.rmse[m].push_back(trial.methods[m].rmse);
    }
    return sweep;
}

std::vector<double> logSpacedValues(double first, double last, std::size_t count)
{
    std::vector<double> values;
    if (count == 0 || !(first > 0.0) || !(last > 0.0))
        return values;
    if (count == 1)
        return { first };
    const double a = std::log10(first);
    const double step = (std::log10(last) - a) / static_cast<double>(count - 1);
    for (std::size_t i = 0; i < count; ++i)
        values.push_back(std::pow(10.0, a + step * static_cast<double>(i)));
    values.back() = last;
    return values;
}

double signalScale(const LabFunction& f, const SampleOptions& options)
{
    SampleOptions clean = options;
    clean.noise = 0.0;
    const SampledFunction sample = sampleFunction(f, clean);
    double mean = 0.0;
    std::size_t count = 0;
    for (const double y : sample.cleanY)
        if (std::isfinite(y)) {
            mean += y;
            ++count;
        }
    if (count < 2)
        return kNaN;
    mean /= static_cast<double>(count);
    double sum = 0.0;
    for (const double y : sample.cleanY)
        if (std::isfinite(y))
            sum += (y - mean) * (y - mean);
    return std::sqrt(sum / static_cast<double>(count));
}

} // namespace tangent
