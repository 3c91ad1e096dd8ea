// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/smoothing/brent.h"

#include <cmath>

namespace tangent::smoothing {
namespace {

double signOrOne(double v)
{
    return v < 0.0 ? -1.0 : 1.0;
}

/// The three best points so far: best (x, fx), second (w, fw), third (v, fv), as Brent names them.
struct Bracket {
    double a, b;
    double x, fx;
    double w, fw;
    double v, fv;
};

/// A parabola through the three best points proposes a step; nullopt-like NaN when it is unsafe.
double parabolicStep(const Bracket& s, double previousStep, double& step)
{
    double r = (s.x - s.w) * (s.fx - s.fv);
    double q = (s.x - s.v) * (s.fx - s.fw);
    double p = (s.x - s.v) * q - (s.x - s.w) * r;
    q = 2.0 * (q - r);
    if (q > 0.0)
        p = -p;
    q = std::abs(q);
    const bool safe = std::abs(p) < std::abs(0.5 * q * previousStep) && p > q * (s.a - s.x) && p < q * (s.b - s.x);
    if (!safe)
        return std::nan("");
    step = p / q;
    return step;
}

void accept(Bracket& s, double u, double fu)
{
    if (fu <= s.fx) {
        (u >= s.x ? s.a : s.b) = s.x;
        s.v = s.w;
        s.fv = s.fw;
        s.w = s.x;
        s.fw = s.fx;
        s.x = u;
        s.fx = fu;
        return;
    }
    (u < s.x ? s.a : s.b) = u;
    if (fu <= s.fw || s.w == s.x) {
        s.v = s.w;
        s.fv = s.fw;
        s.w = u;
        s.fw = fu;
    } else if (fu <= s.fv || s.v == s.x || s.v == s.w) {
        s.v = u;
        s.fv = fu;
    }
}

} // namespace

BoundedMinimum minimizeBounded(
    const std::function<double(double)>& f, double a, double b, double xTolerance, int maxEvaluations)
{
    const double sqrtEps = std::sqrt(2.2e-16);
    const double golden = 0.5 * (3.0 - std::sqrt(5.0));
    const double start = a + golden * (b - a);
    Bracket s { a, b, start, f(start), start, 0.0, start, 0.0 };
    s.fw = s.fv = s.fx;
    int evaluations = 1;
    double step = 0.0; // the step just taken
    double previous = 0.0; // the step before it (Brent's e)
    double mid = 0.5 * (s.a + s.b);
    double tol1 = sqrtEps * std::abs(s.x) + xTolerance / 3.0;
    double tol2 = 2.0 * tol1;
    while (std::abs(s.x - mid) > tol2 - 0.5 * (s.b - s.a)) {
        bool goldenStep = true;
        if (std::abs(previous) > tol1) {
            const double before = previous;
            previous = step;
            double proposed = 0.0;
            if (!std::isnan(parabolicStep(s, before, proposed))) {
                goldenStep = false;
                step = proposed;
                const double u = s.x + step;
                if (u - s.a < tol2 || s.b - u < tol2)
                    step = tol1 * signOrOne(mid - s.x);
            }
        }
        if (goldenStep) {
            previous = s.x >= mid ? s.a - s.x : s.b - s.x;
            step = golden * previous;
        }
        const double u = s.x + signOrOne(step) * std::max(std::abs(step), tol1);
        const double fu = f(u);
        ++evaluations;
        accept(s, u, fu);
        mid = 0.5 * (s.a + s.b);
        tol1 = sqrtEps * std::abs(s.x) + xTolerance / 3.0;
        tol2 = 2.0 * tol1;
        if (evaluations >= maxEvaluations)
            break;
    }
    return { s.x, s.fx, evaluations };
}

} // namespace tangent::smoothing
