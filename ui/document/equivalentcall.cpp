// SPDX-License-Identifier: GPL-3.0-or-later
// The equivalent call of a document's derivative: numpy, scipy, or tangent-cli.

#include "ui/document/equivalentcall.h"

#include "core/recipe/recipe.h"
#include "core/smoothing/series.h"
#include "ui/document/document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <exception>
#include <vector>

namespace tangent::ui {
namespace {

struct CallText {
    Q_DECLARE_TR_FUNCTIONS(EquivalentCall)
};

/// Python and the shell read this back as the same double.
QString shortest(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// `text` as one shell word: bare when it is plain, otherwise in single quotes.
QString shellWord(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// The parameters smoothDerivative ran with, or (not computed yet) those the settings give.
SmoothingOptions usedOptions(const Document& document, const DerivativeResult& result)
{
    if (result.used)
        return *result.used;
    SmoothingOptions options = document.settings().smoothing;
    options.order = document.settings().order;
    return options;
}

/// The tangent-cli line: the recipe's canonical text (formatRecipe), so that it runs as shown.
QString cliLine(const Document& document, const DerivativeResult& result, const SmoothingOptions& o)
{
    const QString path
        = document.filePath().isEmpty() ? CallText::tr("FILE.csv") : QFileInfo(document.filePath()).fileName();
    Recipe recipe;
    const int x = document.effectiveXColumn();
    if (x >= 0)
        recipe.xColumn = document.columnTitle(x).toStdString();
    else
        recipe.dx = document.settings().dx;
    recipe.yColumns = { document.columnTitle(result.yColumn).toStdString() };
    if (x >= 0 && document.column(x).kind == ColumnKind::DateTime)
        recipe.timeUnit = document.settings().timeUnit;
    if (const int group = document.derivatives().effectiveGroupColumn(); group >= 0)
        recipe.group = document.columnTitle(group).toStdString();
    recipe.order = o.order;
    recipe.smoothing = o;
    if (document.derivatives().uncertaintyBand() && o.method != SmoothingMethod::Tvr) {
        recipe.uncertainty = true;
        recipe.noiseSd = document.derivatives().bandNoiseSd(result.yColumn);
    }
    QStringList words { QStringLiteral("tangent-cli"), shellWord(path) };
    for (const std::string& word : formatRecipe(recipe))
        words << shellWord(QString::fromStdString(word));
    return words.join(QLatin1Char(' '));
}

/// The document's x as Python writes it: "x", or numpy.arange(len(y)) * dx for a uniform spacing.
QString pythonX(const Document& document)
{
    if (document.effectiveXColumn() >= 0)
        return QStringLiteral("x");
    const double dx = document.settings().dx;
    return dx == 1.0 ? QStringLiteral("numpy.arange(len(y))")
                     : QStringLiteral("numpy.arange(len(y)) * %1").arg(shortest(dx));
}

bool hasGaps(const std::vector<double>& values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); });
}

/// savgol's step when the core treats x as uniform (docs/smoothing.md, "Uniform or not"), else NaN.
double uniformStep(const Document& document, const std::vector<double>& x, const std::vector<double>& y)
{
    if (document.effectiveXColumn() < 0)
        return document.settings().dx;
    try {
        const smoothing::CleanSeries clean = smoothing::cleanSeries(Series { y, x }, 1, "savgol", false);
        return clean.uniform ? clean.h : std::nan("");
    } catch (const std::exception&) {
        return std::nan("");
    }
}

EquivalentCall savgolCall(const Document& document, const DerivativeResult& result, const SmoothingOptions& o)
{
    if (!o.window || !o.polyorder)
        return { cliLine(document, result, o), CallText::tr("The window is chosen when the derivative is computed.") };
    const std::vector<double>& y = document.column(result.yColumn).values;
    const std::vector<double> x = document.derivatives().xValues();
    if (hasGaps(y) || hasGaps(x))
        return { cliLine(document, result, o),
            CallText::tr("The column has gaps, which Tangent leaves out of every window; scipy's savgol_filter "
                         "would spread them.") };
    const double h = uniformStep(document, x, y);
    if (!std::isfinite(h))
        return { cliLine(document, result, o),
            CallText::tr("x is not evenly spaced: Tangent fits each window in the actual x, which scipy's "
                         "savgol_filter (uniform spacing only) cannot.") };
    return { QStringLiteral("scipy.signal.savgol_filter(y, %1, %2, deriv=%3, delta=%4)")
                 .arg(*o.window)
                 .arg(*o.polyorder)
                 .arg(o.order)
                 .arg(shortest(h)),
        {} };
}

EquivalentCall splineCall(const Document& document, const DerivativeResult& result, const SmoothingOptions& o)
{
    if (!o.lam)
        return { cliLine(document, result, o), CallText::tr("λ is chosen when the derivative is computed.") };
    if (hasGaps(document.column(result.yColumn).values) || hasGaps(document.derivatives().xValues()))
        return { cliLine(document, result, o),
            CallText::tr("The column has gaps, which Tangent leaves out of the fit; scipy's make_smoothing_spline "
                         "refuses them.") };
    const QString derivative
        = o.order == 1 ? QStringLiteral(".derivative()") : QStringLiteral(".derivative(%1)").arg(o.order);
    return { QStringLiteral("scipy.interpolate.make_smoothing_spline(%1, y, lam=%2)%3(%1)")
                 .arg(pythonX(document), shortest(*o.lam), derivative),
        {} };
}

} // namespace

EquivalentCall equivalentCall(const Document& document, const DerivativeResult& result)
{
    const SmoothingOptions o = usedOptions(document, result);
    switch (o.method) {
    case SmoothingMethod::Numpy:
        return { document.derivatives().numpyCall(), {} };
    case SmoothingMethod::Savgol:
        return savgolCall(document, result, o);
    case SmoothingMethod::Spline:
        return splineCall(document, result, o);
    case SmoothingMethod::Tvr:
    case SmoothingMethod::Kalman:
    case SmoothingMethod::Auto:
        break;
    }
    return { cliLine(document, result, o), CallText::tr("scipy has no equivalent of this method.") };
}

EquivalentCall equivalentCall(const Document& document)
{
    if (document.derivatives().results().empty() || document.settings().smoothing.method == SmoothingMethod::Numpy)
        return { document.derivatives().numpyCall(), {} };
    return equivalentCall(document, document.derivatives().results().front());
}

} // namespace tangent::ui
