// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classroom/functionlab.h"

#include "core/gradient/gradient.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

namespace tangent {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

constexpr std::array<PresetInfo, 9> kPresets { {
    { Preset::Sin, "sin", "sin(x)", "cos(x)", 0.0, 6.0, 0.0 },
    { Preset::Cos, "cos", "cos(x)", "-sin(x)", 0.0, 6.0, 0.0 },
    { Preset::Exp, "exp", "exp(x)", "exp(x)", -2.0, 2.0, 0.0 },
    { Preset::Log, "log", "ln(x)", "1/x", 0.5, 5.0, 0.0 },
    { Preset::Square, "x^2", "x^2", "2*x", -2.0, 2.0, 0.0 },
    { Preset::Cube, "x^3", "x^3", "3*x^2", -2.0, 2.0, 0.0 },
    { Preset::Abs, "|x|", "abs(x)", "sign(x), undefined at 0", -2.0, 2.0, 0.0 },
    { Preset::Step, "step", "x >= 0 ? 1 : 0", "0, undefined at 0", -1.0, 1.0, 0.0 },
    { Preset::NoisyLine, "noisy line", "2*x + 1", "2", 0.0, 10.0, 0.5 },
} };

double presetValue(Preset preset, double x)
{
    switch (preset) {
    case Preset::Sin:
        return std::sin(x);
    case Preset::Cos:
        return std::cos(x);
    case Preset::Exp:
        return std::exp(x);
    case Preset::Log:
        return std::log(x);
    case Preset::Square:
        return x * x;
    case Preset::Cube:
        return x * x * x;
    case Preset::Abs:
        return std::abs(x);
    case Preset::Step:
        return x >= 0.0 ? 1.0 : 0.0;
    case Preset::NoisyLine:
        return 2.0 * x + 1.0;
    }
    return kNaN;
}

double presetDerivative(Preset preset, double x)
{
    switch (preset) {
    case Preset::Sin:
        return std::cos(x);
    case Preset::Cos:
        return -std::sin(x);
    case Preset::Exp:
        return std::exp(x);
    case Preset::Log:
        return x > 0.0 ? 1.0 / x : kNaN;
    case Preset::Square:
        return 2.0 * x;
    case Preset::Cube:
        return 3.0 * x * x;
    case Preset::Abs:
        return x == 0.0 ? kNaN : (x > 0.0 ? 1.0 : -1.0);
    case Preset::Step:
        return x == 0.0 ? kNaN : 0.0;
    case Preset::NoisyLine:
        return 2.0;
    }
    return kNaN;
}

/// A double uniform in [0, 1) from the top 53 bits, the same on every platform.
double unit(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1p-53;
}

/// Standard normal numbers by the Box-Muller transform, written out (rather than
/// std::normal_distribution, whose output differs between standard libraries).
class GaussianSource {
public:
    explicit GaussianSource(std::uint64_t seed) : m_rng(seed) { }

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - unit(m_rng); // (0, 1]: the logarithm stays finite
        const double u2 = unit(m_rng);
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }

private:
    std::mt19937_64 m_rng;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

void checkOptions(const SampleOptions& o)
{
    if (o.points < 2)
        throw MessageError(Message { MessageId::LabTooFewPoints, { MessageArg::integer(o.points) }, {} });
    if (!std::isfinite(o.from) || !std::isfinite(o.to) || !(o.from < o.to))
        throw MessageError(Message { MessageId::LabBadRange, {}, {} });
    if (!(o.jitter >= 0.0 && o.jitter < 1.0))
        throw MessageError(Message { MessageId::LabBadJitter, {}, {} });
    if (!(o.noise >= 0.0) || !std::isfinite(o.noise))
        throw MessageError(Message { MessageId::LabBadNoise, {}, {} });
}

double maxAbsError(
    const std::vector<double>& values, const std::vector<double>& exact, std::size_t first, std::size_t last)
{
    double worst = 0.0;
    for (std::size_t i = first; i < last; ++i)
        worst = std::max(worst, std::abs(values[i] - exact[i]));
    return worst;
}

} // namespace

std::span<const PresetInfo> presets()
{
    return kPresets;
}

const PresetInfo& presetInfo(Preset preset)
{
    return kPresets.at(static_cast<std::size_t>(preset));
}

std::optional<Preset> presetByName(std::string_view name)
{
    for (const PresetInfo& info : kPresets)
        if (info.name == name)
            return info.preset;
    return std::nullopt;
}

LabFunction presetFunction(Preset preset)
{
    const PresetInfo& info = presetInfo(preset);
    return LabFunction { std::string(info.name), std::string(info.expression),
        [preset](double x) { return presetValue(preset, x); },
        [preset](double x) { return presetDerivative(preset, x); }, true };
}

LabFunction expressionFunction(const std::string& text)
{
    auto expression = std::make_shared<const Expression>(text);
    return LabFunction { text, text, [expression](double x) { return (*expression)(x); },
        [expression](double x) { return expression->derivative(x); }, false };
}

std::vector<double> evenlySpaced(double from, double to, std::size_t n)
{
    std::vector<double> x(n);
    if (n == 0)
        return x;
    if (n == 1) {
        x[0] = from;
        return x;
    }
    const double step = (to - from) / static_cast<double>(n - 1);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<double>(i) * step + from;
    x[n - 1] = to;
    return x;
}

SampledFunction sampleFunction(const LabFunction& f, const SampleOptions& options)
{
    checkOptions(options);
    const std::size_t n = options.points;
    SampledFunction s;
    s.x = evenlySpaced(options.from, options.to, n);
    if (options.jitter > 0.0) {
        const double step = (options.to - options.from) / static_cast<double>(n - 1);
        std::mt19937_64 rng(options.jitterSeed);
        for (std::size_t i = 1; i + 1 < n; ++i)
            s.x[i] += (unit(rng) - 0.5) * options.jitter * step;
    }
    s.cleanY.resize(n);
    s.exactDerivative.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        s.cleanY[i] = f.value(s.x[i]);
        s.exactDerivative[i] = f.derivative(s.x[i]);
    }
    s.y = s.cleanY;
    if (options.noise > 0.0) {
        GaussianSource gauss(options.noiseSeed);
        for (double& v : s.y)
            v += options.noise * gauss.next();
    }
    return s;
}

std::vector<std::size_t> logSpacedCounts(std::size_t first, std::size_t last, std::size_t count)
{
    std::vector<std::size_t> counts;
    if (count == 0 || first == 0 || last < first)
        return counts;
    if (count == 1)
        return { first };
    const double ratio = std::log(static_cast<double>(last) / static_cast<double>(first));
    for (std::size_t k = 0; k < count; ++k) {
        const double t = static_cast<double>(k) / static_cast<double>(count - 1);
        const auto n = static_cast<std::size_t>(std::llround(static_cast<double>(first) * std::exp(ratio * t)));
        if (counts.empty() || n > counts.back())
            counts.push_back(n);
    }
    counts.back() = last;
    return counts;
}

double logLogSlope(std::span<const double> x, std::span<const double> y)
{
    double sx = 0.0;
    double sy = 0.0;
    double sxx = 0.0;
    double sxy = 0.0;
    double m = 0.0;
    for (std::size_t i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (!(x[i] > 0.0 && y[i] > 0.0 && std::isfinite(x[i]) && std::isfinite(y[i])))
            continue;
        const double lx = std::log(x[i]);
        const double ly = std::log(y[i]);
        sx += lx;
        sy += ly;
        sxx += lx * lx;
        sxy += lx * ly;
        m += 1.0;
    }
    const double denominator = m * sxx - sx * sx;
    if (m < 2.0 || denominator == 0.0)
        return kNaN;
    return (m * sxy - sx * sy) / denominator;
}

ConvergenceStudy convergenceStudy(const LabFunction& f, double from, double to, std::span<const std::size_t> counts,
    double jitter, std::uint64_t seed)
{
    ConvergenceStudy study;
    std::vector<double> n;
    std::vector<double> e1;
    std::vector<double> e2;
    std::vector<double> inner;
    for (std::size_t points : counts) {
        if (points < 3)
            throw MessageError(Message { MessageId::LabStudyTooFewPoints, { MessageArg::integer(points) }, {} });
        SampleOptions options;
        options.from = from;
        options.to = to;
        options.points = points;
        options.jitter = jitter;
        options.jitterSeed = seed;
        const SampledFunction s = sampleFunction(f, options);
        const std::vector<double> g1 = gradient(s.y, s.x, 1);
        const std::vector<double> g2 = gradient(s.y, s.x, 2);
        ConvergenceRow row;
        row.points = points;
        row.spacing = (to - from) / static_cast<double>(points - 1);
        row.maxErrorEdge1 = maxAbsError(g1, s.exactDerivative, 0, points);
        row.maxErrorEdge2 = maxAbsError(g2, s.exactDerivative, 0, points);
        row.maxInteriorError = maxAbsError(g1, s.exactDerivative, 1, points - 1);
        study.rows.push_back(row);
        n.push_back(static_cast<double>(points));
        e1.push_back(row.maxErrorEdge1);
        e2.push_back(row.maxErrorEdge2);
        inner.push_back(row.maxInteriorError);
    }
    study.slopeEdge1 = logLogSlope(n, e1);
    study.slopeEdge2 = logLogSlope(n, e2);
    study.slopeInterior = logLogSlope(n, inner);
    return study;
}

} // namespace tangent
