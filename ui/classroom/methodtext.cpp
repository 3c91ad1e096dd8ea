// SPDX-License-Identifier: GPL-3.0-or-later
// Method names, colours and the Explain panel's paragraphs, following docs/smoothing.md.

#include "ui/classroom/methodtext.h"

#include "ui/document/methodtext.h"

#include <QCoreApplication>

namespace tangent::ui {
namespace {

/// The translation context of the texts below.
struct MethodText {
    Q_DECLARE_TR_FUNCTIONS(MethodText)
};

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

QString savgolParagraph(const SmoothingOptions& used, bool automatic)
{
    QString text
        = MethodText::tr("Savitzky–Golay fits a polynomial of order %1 by least squares to the %2 rows around each "
                         "row and differentiates it there. That is a fixed weighted sum of the rows' y values, "
                         "shown below.")
              .arg(used.polyorder.value_or(3))
              .arg(used.window.value_or(0));
    text += QLatin1Char(' ');
    text += automatic
        ? MethodText::tr("The window was chosen by generalised cross-validation of the smoothed curve: the widest "
                         "window whose score is within one standard error of the best.")
        : MethodText::tr("The window was set by hand.");
    return text;
}

QString splineParagraph(const SmoothingOptions& used, bool automatic)
{
    QString text = MethodText::tr(
        "The smoothing spline is the natural cubic spline f that minimises Σ(yᵢ − f(xᵢ))² + λ∫f″(x)²dx: "
        "the first sum keeps f near the data, the integral penalises its curvature. Its derivative is "
        "taken at the data's x. Here λ = %1.")
                       .arg(number(used.lam.value_or(0.0)));
    text += QLatin1Char(' ');
    text += automatic
        ? MethodText::tr("λ was chosen by generalised cross-validation, which estimates how well f would predict a "
                         "left-out sample.")
        : MethodText::tr("λ was set by hand; a larger λ gives a smoother f.");
    return text;
}

QString tvrParagraph(const SmoothingOptions& used, bool automatic)
{
    QString text
        = MethodText::tr("Total-variation regularisation (Chartrand 2011) looks for the derivative u itself: it "
                         "minimises α∫|u′| + ½∫(∫u − y)². Integrated, u must reproduce the data; the total variation "
                         "∫|u′| keeps u flat except where a jump pays for itself, so a kink in y stays a sharp step in "
                         "u. Here α = %1, solved by %2 lagged-diffusivity iterations.")
              .arg(number(used.alpha.value_or(0.0)))
              .arg(used.iterations.value_or(20));
    text += QLatin1Char(' ');
    text += automatic
        ? MethodText::tr("α was chosen by two-fold cross-validation (fit the even rows and predict the odd ones, "
                         "then the other way round), the best α times 1.5, which suits the derivative better "
                         "than the curve's own best.")
        : MethodText::tr("α was set by hand; a larger α gives fewer, larger steps.");
    return text;
}

QString kalmanParagraph(const SmoothingOptions& used, bool automatic)
{
    QString text = MethodText::tr(
        "The Kalman smoother models y, y′ and y″ as a motion with constant acceleration disturbed by a "
        "random jerk of variance q, measured with noise of variance r. A forward filter and a backward "
        "(Rauch–Tung–Striebel) pass give the most probable y′ at every row given all the data. The "
        "one parameter is log10(q/r) = %1: larger lets the curve bend more and follow the data more "
        "closely.")
                       .arg(number(used.ratio.value_or(0.0)));
    text += QLatin1Char(' ');
    text += automatic
        ? MethodText::tr("It was chosen by maximum likelihood of the data, then lowered by 0.75 decade, which "
                         "suits the derivative better than the curve.")
        : MethodText::tr("It was set by hand.");
    return text;
}

} // namespace

QString methodTitle(SmoothingMethod method)
{
    return methodDisplayName(method); // one name per method in the whole window
}

QColor methodColour(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Numpy:
        return { 0xb0, 0xb0, 0xb0 };
    case SmoothingMethod::Savgol:
        return { 0x15, 0x65, 0xc0 };
    case SmoothingMethod::Spline:
        return { 0xef, 0x6c, 0x00 };
    case SmoothingMethod::Tvr:
        return { 0x2e, 0x7d, 0x32 };
    case SmoothingMethod::Kalman:
        return { 0x8e, 0x24, 0xaa };
    case SmoothingMethod::Auto:
        return { 0xc6, 0x28, 0x28 };
    }
    return Qt::black;
}

QString methodParagraph(const SmoothingOptions& used, bool automatic, bool chosenByAuto)
{
    QString text;
    if (chosenByAuto)
        text = MethodText::tr(
                   "Automatic chose %1 for this column: each candidate fitted the even rows and predicted the odd "
                   "ones (and the other way round), and the best predictor won, near-ties going to Savitzky–Golay, "
                   "then Kalman, total variation and the spline.")
                   .arg(methodTitle(used.method))
            + QLatin1Char(' ');
    switch (used.method) {
    case SmoothingMethod::Savgol:
        return text + savgolParagraph(used, automatic);
    case SmoothingMethod::Spline:
        return text + splineParagraph(used, automatic);
    case SmoothingMethod::Tvr:
        return text + tvrParagraph(used, automatic);
    case SmoothingMethod::Kalman:
        return text + kalmanParagraph(used, automatic);
    case SmoothingMethod::Numpy:
    case SmoothingMethod::Auto:
        break;
    }
    return text;
}

} // namespace tangent::ui
