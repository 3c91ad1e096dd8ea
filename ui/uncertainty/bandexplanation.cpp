// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uncertainty/bandexplanation.h"

#include "core/uncertainty/uncertainty.h"
#include "ui/classroom/methodtext.h"
#include "ui/classroom/smoothingexplanation.h"
#include "ui/document/document.h"
#include "ui/uncertainty/chartband.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

struct BandText {
    Q_DECLARE_TR_FUNCTIONS(ExplainPanel)
};

// Weighted sums up to this many terms are written in full; longer ones show their two ends.
constexpr std::size_t kListedTerms = 21;
// The weights of every row are computed to explain one: beyond this many rows that costs more
// than a click should.
constexpr int kWeightRowLimit = 200'000;

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString weightedSum(const BandWeights& w)
{
    const std::size_t n = w.rows.size();
    const auto term
        = [&w](std::size_t j) { return QStringLiteral("%1·y[%2]").arg(number(w.weights[j])).arg(w.rows[j]); };
    QStringList terms;
    if (n <= kListedTerms) {
        for (std::size_t j = 0; j < n; ++j)
            terms.append(term(j));
    } else {
        for (std::size_t j = 0; j < kListedTerms / 2; ++j)
            terms.append(term(j));
        terms.append(QStringLiteral("…"));
        for (std::size_t j = n - kListedTerms / 2; j < n; ++j)
            terms.append(term(j));
    }
    return terms.join(QStringLiteral(" + "));
}

QString bandParagraph(SmoothingMethod method)
{
    switch (method) {
    case SmoothingMethod::Numpy:
        return BandText::tr("numpy's value here is a weighted sum of y values. Noise of standard deviation σ on "
                            "each y, independent from row to row, gives it the standard deviation σ·√(Σ w²).");
    case SmoothingMethod::Savgol:
        return BandText::tr("Savitzky–Golay's value here is a weighted sum of the window's y values. Noise of "
                            "standard deviation σ on each y, independent from row to row, gives it the standard "
                            "deviation σ·√(Σ w²).");
    case SmoothingMethod::Spline:
        return BandText::tr("The smoothing spline at the chosen λ is linear in y too: its band is the standard "
                            "deviation the noise σ gives its derivative through the spline, computed along the "
                            "whole curve at once (Wahba's Bayesian posterior, about twice as wide inside, is not "
                            "what is shaded).");
    case SmoothingMethod::Kalman:
        return BandText::tr("The Kalman smoother carries how uncertain each state is: the band is the smoothed "
                            "variance of its derivative state, from the noise σ and the process noise the ratio "
                            "sets.");
    case SmoothingMethod::Tvr:
    case SmoothingMethod::Auto:
        break;
    }
    return {};
}

} // namespace

std::optional<BandRowExplanation> explainBand(const Document& document, int column, int row)
{
    const DerivativeResult* result
        = document.derivatives().uncertaintyBand() ? document.derivatives().resultFor(column) : nullptr;
    if (!result || row < 0 || row >= document.rowCount() || !result->error.isEmpty())
        return std::nullopt;
    const auto r = static_cast<std::size_t>(row);
    BandRowExplanation e;
    SmoothingOptions used;
    used.method = SmoothingMethod::Numpy;
    used.order = document.settings().order;
    if (result->used)
        used = *result->used;
    e.method = methodTitle(used.method);
    e.value = r < result->values.size() ? result->values[r] : std::nan("");
    e.sigma = result->bandSigma;
    if (!result->bandError.isEmpty()) {
        e.paragraph = result->bandError;
        return e;
    }
    e.sd = r < result->sd.size() ? result->sd[r] : std::nan("");
    e.available = std::isfinite(e.sd);
    e.paragraph = bandParagraph(used.method);
    const bool grouped = document.derivatives().effectiveGroupColumn() >= 0;
    const bool weighted = used.method == SmoothingMethod::Numpy || used.method == SmoothingMethod::Savgol;
    if (!weighted || grouped || !e.available || document.rowCount() > kWeightRowLimit)
        return e;
    const std::vector<double> x
        = document.effectiveXColumn() >= 0 ? document.derivatives().xValues() : std::vector<double>();
    try {
        const std::vector<BandWeights> all = derivativeWeights(
            { document.column(column).values, x, document.settings().dx }, used, document.settings().edgeOrder);
        const auto it = std::ranges::find_if(all, [r](const BandWeights& w) { return w.row == r; });
        if (it == all.end())
            return e;
        e.linear = true;
        e.weights = weightedSum(*it);
        e.sumOfSquares = it->sumOfSquares;
    } catch (const std::invalid_argument&) {
        // The derivative itself was computed, so this cannot happen with the same data; the
        // paragraph alone is still right.
    }
    return e;
}

QString bandExplanationHtml(const BandRowExplanation& e, const ExplainStyle& s)
{
    const auto pt = [&s](double scale) { return QString::number(s.basePoints * scale, 'f', 1); };
    const auto caption = [&](const QString& text) {
        return QStringLiteral("<p style=\"margin:14px 0 2px 0; font-size:%1pt; color:%2\">%3</p>")
            .arg(pt(0.8), s.muted, text.toHtmlEscaped());
    };
    const auto mono = [&](const QString& text, const QString& style = {}) {
        return QStringLiteral("<p style=\"margin:0; font-family:'%1'; %2\">%3</p>")
            .arg(s.monospace, style, text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p style=\"margin:18px 0 4px 0; font-size:%1pt; font-weight:bold\">%2</p>")
                       .arg(pt(1.15), BandText::tr("Uncertainty band").toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(e.paragraph.toHtmlEscaped());
    const auto wrapped = [&pt](const QString& body) {
        return QStringLiteral("<div style=\"font-size:%1pt\">%2</div>").arg(pt(1.0), body);
    };
    if (!e.available)
        return wrapped(html);
    html += caption(BandText::tr("Noise on y (estimated from the data)"));
    html += mono(QStringLiteral("σ = %1").arg(number(e.sigma)));
    if (e.linear) {
        html += caption(BandText::tr("The weights at this row"));
        html += mono(QStringLiteral("f′[i] = %1").arg(e.weights), QStringLiteral("font-size:%1pt").arg(pt(0.85)));
        html += mono(QStringLiteral("Σ w² = %1").arg(number(e.sumOfSquares)));
        html += caption(BandText::tr("Standard deviation"));
        html += mono(
            QStringLiteral("sd = σ·√(Σ w²) = %1·√%2 = %3").arg(number(e.sigma), number(e.sumOfSquares), number(e.sd)));
    } else {
        html += caption(BandText::tr("Standard deviation"));
        html += mono(QStringLiteral("sd = %1").arg(number(e.sd)));
    }
    html += caption(BandText::tr("95% band (value ± 1.96 sd)"));
    html += mono(QStringLiteral("%1 ± %2").arg(number(e.value), number(kBandZ * e.sd)),
        QStringLiteral("font-size:%1pt; font-weight:bold").arg(pt(1.2)));
    return wrapped(html);
}

} // namespace tangent::ui
