// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/smoothing.h"

#include "core/io/numberformat.h"
#include "core/smoothing/runners.h"

#include <array>
#include <cmath>

namespace tangent {

SmoothingError::SmoothingError(Message message, std::size_t row, Subject subject)
    : std::invalid_argument(message.english()), MessageCarrier(std::move(message)), m_row(row), m_subject(subject)
{
}

namespace {

struct MethodEntry {
    SmoothingMethod method;
    std::string_view name;
};

constexpr std::array<MethodEntry, 6> kMethods = { {
    { SmoothingMethod::Numpy, "numpy" },
    { SmoothingMethod::Savgol, "savgol" },
    { SmoothingMethod::Spline, "spline" },
    { SmoothingMethod::Tvr, "tvr" },
    { SmoothingMethod::Kalman, "kalman" },
    { SmoothingMethod::Auto, "auto" },
} };

/// A parameter that was given, and the method it belongs to.
struct GivenParameter {
    bool given;
    const char* option;
    SmoothingMethod owner;
};

void checkOwners(const SmoothingOptions& o)
{
    const std::array<GivenParameter, 6> given = { {
        { o.window.has_value(), "--window", SmoothingMethod::Savgol },
        { o.polyorder.has_value(), "--polyorder", SmoothingMethod::Savgol },
        { o.lam.has_value(), "--lam", SmoothingMethod::Spline },
        { o.alpha.has_value(), "--alpha", SmoothingMethod::Tvr },
        { o.iterations.has_value(), "--iterations", SmoothingMethod::Tvr },
        { o.ratio.has_value(), "--ratio", SmoothingMethod::Kalman },
    } };
    for (const GivenParameter& p : given) {
        if (!p.given || p.owner == o.method)
            continue;
        const std::string owner(methodName(p.owner));
        if (o.method == SmoothingMethod::Auto)
            throw SmoothingError(Message { MessageId::OptionBelongsToMethodNotAuto, { p.option, owner }, {} });
        throw SmoothingError(
            Message { MessageId::OptionBelongsToMethod, { p.option, owner, std::string(methodName(o.method)) }, {} });
    }
}

void checkPositive(const std::optional<double>& value, const char* option)
{
    if (value && !(std::isfinite(*value) && *value > 0.0))
        throw SmoothingError(Message { MessageId::MustBePositive, { option, MessageArg::real(*value) }, {} });
}

int highestOrder(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Spline:
        return 3;
    case SmoothingMethod::Kalman:
    case SmoothingMethod::Auto:
        return 2;
    case SmoothingMethod::Tvr:
        return 1;
    default:
        return 1 << 20; // savgol: bounded by its polyorder; numpy: unbounded
    }
}

} // namespace

namespace smoothing {

std::size_t minimumSamples(SmoothingMethod method, const SmoothingOptions& options)
{
    switch (method) {
    case SmoothingMethod::Savgol:
        // A given window is checked against the data with its own message.
        return options.window ? 1 : static_cast<std::size_t>(options.polyorder.value_or(3) + 2);
    case SmoothingMethod::Spline:
        return 5;
    default:
        return 3 + static_cast<std::size_t>(options.order);
    }
}

} // namespace smoothing

std::string_view methodName(SmoothingMethod method)
{
    for (const MethodEntry& entry : kMethods)
        if (entry.method == method)
            return entry.name;
    return "?";
}

std::optional<SmoothingMethod> parseMethodName(std::string_view name)
{
    for (const MethodEntry& entry : kMethods)
        if (entry.name == name)
            return entry.method;
    return std::nullopt;
}

void checkSmoothingOptions(const SmoothingOptions& o)
{
    checkOwners(o);
    if (o.order < 1)
        throw SmoothingError(Message { MessageId::OrderAtLeastOne, { MessageArg::integer(o.order) }, {} });
    if (o.order > highestOrder(o.method))
        throw SmoothingError(Message { MessageId::OrderTooHigh,
            { std::string(methodName(o.method)), MessageArg::integer(highestOrder(o.method)),
                MessageArg::integer(o.order) },
            {} });
    if (o.polyorder && *o.polyorder < 0)
        throw SmoothingError(Message { MessageId::PolyorderNegative, { MessageArg::integer(*o.polyorder) }, {} });
    checkPositive(o.lam, "--lam");
    checkPositive(o.alpha, "--alpha");
    if (o.iterations && *o.iterations < 1)
        throw SmoothingError(Message { MessageId::IterationsAtLeastOne, { MessageArg::integer(*o.iterations) }, {} });
    if (o.ratio && !std::isfinite(*o.ratio))
        throw SmoothingError(Message { MessageId::RatioNotFinite, { MessageArg::real(*o.ratio) }, {} });
}

std::string SmoothingResult::provenance() const
{
    std::string text(methodName(used.method));
    const auto add = [&text](const char* name, const std::string& value) {
        text += ' ';
        text += name;
        text += '=';
        text += value;
    };
    if (used.window)
        add("window", std::to_string(*used.window));
    if (used.polyorder)
        add("polyorder", std::to_string(*used.polyorder));
    if (used.lam)
        add("lam", formatDouble(*used.lam));
    if (used.alpha)
        add("alpha", formatDouble(*used.alpha));
    if (used.iterations)
        add("iterations", std::to_string(*used.iterations));
    if (used.ratio)
        add("ratio", formatDouble(*used.ratio));
    if (used.order != 1)
        add("order", std::to_string(used.order));
    if (chosenByAuto)
        text += " (method and parameters chosen automatically)";
    else if (automatic)
        text += " (chosen automatically)";
    return text;
}

SmoothingResult smoothDerivative(const Series& series, const SmoothingOptions& options)
{
    checkSmoothingOptions(options);
    if (options.method == SmoothingMethod::Numpy)
        throw SmoothingError(Message { MessageId::NumpyIsNotSmoothing, {}, {} });
    const std::string name(methodName(options.method));
    const smoothing::CleanSeries clean = smoothing::cleanSeries(series,
        smoothing::minimumSamples(options.method, options), name.c_str(), options.method != SmoothingMethod::Savgol);
    smoothing::MethodRun run;
    switch (options.method) {
    case SmoothingMethod::Savgol:
        run = smoothing::runSavgol(clean, options);
        break;
    case SmoothingMethod::Spline:
        run = smoothing::runSpline(clean, options);
        break;
    case SmoothingMethod::Tvr:
        run = smoothing::runTvr(clean, options);
        break;
    case SmoothingMethod::Kalman:
        run = smoothing::runKalman(series, clean, options);
        break;
    default:
        run = smoothing::runAuto(clean, options);
        break;
    }
    SmoothingResult result;
    const bool native = run.derivative.size() == series.y.size() && options.method == SmoothingMethod::Kalman;
    result.derivative
        = native ? std::move(run.derivative) : smoothing::spreadToRows(series, clean, std::move(run.derivative));
    if (!run.smoothed.empty())
        result.smoothed
            = native ? std::move(run.smoothed) : smoothing::spreadToRows(series, clean, std::move(run.smoothed));
    result.used = run.used;
    result.automatic = run.automatic;
    result.chosenByAuto = options.method == SmoothingMethod::Auto;
    result.objective = run.objective;
    return result;
}

} // namespace tangent
