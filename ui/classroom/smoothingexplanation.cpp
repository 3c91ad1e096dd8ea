// SPDX-License-Identifier: GPL-3.0-or-later
// The Explain panel's text for a smoothed derivative: the Savitzky–Golay weights at a row, or what
// the method minimised; and the equivalent call.

#include "ui/classroom/smoothingexplanation.h"

#include "core/classroom/explain.h"
#include "core/smoothing/series.h"
#include "ui/classroom/methodtext.h"
#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <exception>

namespace tangent::ui {
namespace {

struct ExplainText {
    Q_DECLARE_TR_FUNCTIONS(ExplainPanel)
};

/// Windows up to this many weights are listed in full; wider ones show their two ends.
constexpr std::size_t kListedWeights = 41;

QString py(double value)
{
    return QString::fromStdString(formatPythonFloat(value));
}

/// The parameter was chosen from the data when the settings left it unset (or chose the method).
bool chosenFromData(const DerivativeSettings& settings, const SmoothingOptions& used)
{
    const SmoothingOptions& asked = settings.smoothing;
    if (asked.method == SmoothingMethod::Auto)
        return true;
    switch (used.method) {
    case SmoothingMethod::Savgol:
        return !asked.window.has_value();
    case SmoothingMethod::Spline:
        return !asked.lam.has_value();
    case SmoothingMethod::Tvr:
        return !asked.alpha.has_value();
    case SmoothingMethod::Kalman:
        return !asked.ratio.has_value();
    case SmoothingMethod::Numpy:
    case SmoothingMethod::Auto:
        break;
    }
    return false;
}

/// The offset of row k from the explained row i, as a subscript: "₋₂", "₀", "₊₃".
QString offsetSubscript(long long offset)
{
    static const QString digits = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
    QString text = offset < 0 ? QStringLiteral("₋") : offset > 0 ? QStringLiteral("₊") : QString();
    for (const QChar c : QString::number(std::llabs(offset)))
        text += digits[c.digitValue()];
    return text;
}

/// Six significant digits: the panel is narrow. Copy gives the weights in full.
QString shortNumber(double value)
{
    return QString::number(value, 'g', 6).replace(QLatin1Char('-'), QChar(0x2212));
}

QString weightsTableHtml(const SavgolRowWeights& w, const std::vector<double>& ys, const ExplainStyle& s)
{
    QString html
        = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" style=\"font-family:'%1'; font-size:%2pt\">")
              .arg(s.monospace, QString::number(s.basePoints * 0.85, 'f', 1));
    const QString row = QStringLiteral("<tr%1><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                                       "<td align=\"right\">%5</td></tr>");
    html += row.arg(QStringLiteral(" style=\"color:%1\"").arg(s.muted), ExplainText::tr("term"), ExplainText::tr("cⱼ"),
        ExplainText::tr("y"), ExplainText::tr("cⱼ·y"));
    const std::size_t n = w.weights.size();
    for (std::size_t j = 0; j < n; ++j) {
        if (n > kListedWeights && j == kListedWeights / 2) {
            html += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                        .arg(ExplainText::tr("… %1 more weights …").arg(n - 2 * (kListedWeights / 2)));
            j = n - kListedWeights / 2 - 1;
            continue;
        }
        const auto offset = static_cast<long long>(w.rows[j]) - static_cast<long long>(w.row);
        const QString term = QStringLiteral("c%1·y[%2]").arg(offsetSubscript(offset)).arg(w.rows[j]);
        html += row.arg(
            QString(), term, shortNumber(w.weights[j]), shortNumber(ys[j]), shortNumber(w.weights[j] * ys[j]));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

std::optional<SmoothingRowExplanation> SmoothingExplainer::explain(int yColumn, int row)
{
    const DerivativeResult* result = m_document->derivatives().resultFor(yColumn);
    if (result == nullptr || !result->used || result->used->method == SmoothingMethod::Numpy || !result->error.isEmpty()
        || row < 0 || row >= m_document->rowCount())
        return std::nullopt;
    SmoothingRowExplanation e;
    e.row = row;
    e.yColumn = yColumn;
    e.used = *result->used;
    e.chosenByAuto = m_document->settings().smoothing.method == SmoothingMethod::Auto;
    e.automatic = chosenFromData(m_document->settings(), e.used);
    e.value = result->values.at(static_cast<std::size_t>(row));
    e.call = equivalentCall(*m_document, *result);
    if (e.used.method != SmoothingMethod::Savgol)
        return e;
    if (m_document->rowCount() > kMaxWeightRows) {
        e.weights = windowWeights(*result, row, &e.weightsMessage);
        fillWeightValues(e);
        return e;
    }
    const std::vector<SavgolRowWeights>& all = columnWeights(*result, &e.weightsMessage);
    // In row order, gap rows left out.
    const auto at = std::lower_bound(all.begin(), all.end(), static_cast<std::size_t>(row),
        [](const SavgolRowWeights& w, std::size_t r) { return w.row < r; });
    if (at != all.end() && at->row == static_cast<std::size_t>(row))
        e.weights = *at;
    fillWeightValues(e);
    if (!e.weights && e.weightsMessage.isEmpty())
        e.weightsMessage = ExplainText::tr("Row %1 is a gap: it takes no part in any window, and its value is "
                                           "interpolated between its neighbours' (docs/smoothing.md, \"Gaps\").")
                               .arg(row + 1);
    return e;
}

const std::vector<SavgolRowWeights>& SmoothingExplainer::columnWeights(const DerivativeResult& result, QString* error)
{
    if (m_weightsColumn == result.yColumn)
        return m_weights;
    m_weights.clear();
    const std::vector<double>& y = m_document->column(result.yColumn).values;
    // The series as tangent-cli builds it: the x column's coordinates, or the uniform dx.
    const std::vector<double> x
        = m_document->effectiveXColumn() >= 0 ? m_document->derivatives().xValues() : std::vector<double> {};
    try {
        m_weights = savgolExplain(Series { y, x, m_document->settings().dx }, *result.used);
        m_weightsColumn = result.yColumn;
    } catch (const std::exception& ex) {
        *error = translateException(ex);
    }
    return m_weights;
}

void SmoothingExplainer::fillWeightValues(SmoothingRowExplanation& e) const
{
    if (e.weights)
        for (const std::size_t k : e.weights->rows)
            e.weightValues.push_back(m_document->value(static_cast<int>(k), e.yColumn));
}

std::optional<SavgolRowWeights> SmoothingExplainer::windowWeights(
    const DerivativeResult& result, int row, QString* error) const
{
    const std::vector<double>& y = m_document->column(result.yColumn).values;
    const std::vector<double> x
        = m_document->effectiveXColumn() >= 0 ? m_document->derivatives().xValues() : std::vector<double> {};
    const auto window = static_cast<std::size_t>(result.used->window.value_or(0));
    try {
        // The whole column's spacing decides uniform or not, and the step, as it did for the values.
        const smoothing::CleanSeries whole
            = smoothing::cleanSeries(Series { y, x, m_document->settings().dx }, window, "savgol", false);
        if (!whole.rows.empty()) {
            *error
                = ExplainText::tr("Above %L1 rows the weights are shown for columns without gaps.").arg(kMaxWeightRows);
            return std::nullopt;
        }
        // A row's weights depend only on the W rows of its window (the first or last W at the
        // ends, docs/smoothing.md): the same computation on those rows alone, in O(W) for any n.
        const auto r = static_cast<std::size_t>(row);
        const std::size_t half = window / 2;
        const std::size_t first = r < half ? 0 : std::min(r - half, y.size() - window);
        const std::span<const double> ySlice(y.data() + first, window);
        const Series slice = whole.uniform ? Series { ySlice, {}, whole.h }
                                           : Series { ySlice, std::span<const double>(x.data() + first, window) };
        SavgolRowWeights w = savgolExplain(slice, *result.used).at(r - first);
        w.row = r;
        for (std::size_t& k : w.rows)
            k += first;
        return w;
    } catch (const std::exception& ex) {
        *error = translateException(ex);
        return std::nullopt;
    }
}

QString weightedSumText(const SavgolRowWeights& weights)
{
    QStringList terms;
    for (std::size_t j = 0; j < weights.weights.size(); ++j)
        terms << QStringLiteral("%1 * y[%2]").arg(py(weights.weights[j])).arg(weights.rows[j]);
    return terms.join(QStringLiteral(" + "));
}

QString smoothingExplanationHtml(const SmoothingRowExplanation& e, const QString& title, const ExplainStyle& s)
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
    QString html
        = QStringLiteral("<p style=\"margin:0; font-size:%1pt; color:%2\">%3</p>")
              .arg(pt(0.8), s.muted,
                  ExplainText::tr("Row %1 · index i = %2 · %3").arg(e.row + 1).arg(e.row).arg(title).toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:4px 0 8px 0; font-size:%1pt; font-weight:bold\">%2</p>")
                .arg(pt(1.3), methodTitle(e.chosenByAuto ? SmoothingMethod::Auto : e.used.method).toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0\">%1</p>")
                .arg(methodParagraph(e.used, e.automatic, e.chosenByAuto).toHtmlEscaped());
    if (e.used.method == SmoothingMethod::Savgol) {
        html += caption(ExplainText::tr("Formula"));
        html += mono(ExplainText::tr("f′[i] = Σ cⱼ · y[i+j]"));
        if (e.weights) {
            html += caption(ExplainText::tr("The weights at this row"));
            html += weightsTableHtml(*e.weights, e.weightValues, s);
        } else {
            html += QStringLiteral("<p style=\"margin:4px 0 0 0; font-style:italic\">%1</p>")
                        .arg(e.weightsMessage.toHtmlEscaped());
        }
    }
    html += caption(ExplainText::tr("Result"));
    html += mono(py(e.value), QStringLiteral("font-size:%1pt; font-weight:bold").arg(pt(1.5)));
    html += caption(e.call.text.startsWith(QStringLiteral("tangent-cli")) ? ExplainText::tr("The same with tangent-cli")
                                                                          : ExplainText::tr("The same in Python"));
    html += mono(e.call.text, QStringLiteral("font-size:%1pt").arg(pt(0.85)));
    if (!e.call.note.isEmpty())
        html += QStringLiteral("<p style=\"margin:2px 0 0 0; font-size:%1pt; color:%2\">%3</p>")
                    .arg(pt(0.8), s.muted, e.call.note.toHtmlEscaped());
    return QStringLiteral("<div style=\"font-size:%1pt\">%2</div>").arg(pt(1.0), html);
}

QString smoothingExplanationText(const SmoothingRowExplanation& e)
{
    QStringList lines;
    lines << ExplainText::tr("Row %1 (i = %2): %3").arg(e.row + 1).arg(e.row).arg(methodTitle(e.used.method));
    if (e.weights)
        lines << weightedSumText(*e.weights) + QStringLiteral(" = ") + py(e.weights->value);
    lines << ExplainText::tr("derivative = %1").arg(py(e.value));
    lines << e.call.text;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tangent::ui
