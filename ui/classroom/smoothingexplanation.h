// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Explain panel for a derivative computed by a smoothing method: for Savitzky–Golay the weights
// applied at the row, as Σ cⱼ·y[i+j] (the core's savgolExplain, so they are the weights the
// derivative was computed with); for the spline, total variation and Kalman a paragraph on what
// was minimised, with which parameter, chosen how; for each, the equivalent call.

#include "core/smoothing/smoothing.h"
#include "ui/document/equivalentcall.h"

#include <QString>

#include <optional>
#include <vector>

namespace tangent::ui {

class Document;
struct DerivativeResult;

/// How one row of a smoothed derivative was computed.
struct SmoothingRowExplanation {
    int row = -1;
    int yColumn = -1;
    SmoothingOptions used;
    bool automatic = false; ///< the parameter was chosen from the data
    bool chosenByAuto = false; ///< the method was chosen by Automatic
    std::optional<SavgolRowWeights> weights; ///< Savitzky–Golay only
    std::vector<double> weightValues; ///< the y value each weight multiplies
    QString weightsMessage; ///< why there are no weights for a Savitzky–Golay row (too many rows, a gap)
    double value = 0.0; ///< the document's derivative at the row
    EquivalentCall call;
};

/// Explains the rows of a document's smoothed derivatives. The weights of a whole column are
/// computed once and kept until invalidate().
class SmoothingExplainer {
public:
    /// Up to this many rows the weights of the whole column are computed once and kept; above it
    /// (savgolExplain would hold a window of weights for every row) each row's are computed from
    /// its window alone, which gives the same numbers.
    static constexpr int kMaxWeightRows = 200'000;

    explicit SmoothingExplainer(const Document* document) : m_document(document) { }

    /// Row `row` of the derivative of `yColumn`, if that derivative was computed by a smoothing
    /// method (nullopt for numpy's, an error, or no such row).
    std::optional<SmoothingRowExplanation> explain(int yColumn, int row);
    /// Explains `document` from now on (the tab shown).
    void setDocument(const Document* document)
    {
        m_document = document;
        invalidate();
    }
    /// The document changed: the kept weights are stale.
    void invalidate()
    {
        m_weights.clear();
        m_weightsColumn = -1;
    }

private:
    const std::vector<SavgolRowWeights>& columnWeights(const DerivativeResult& result, QString* error);
    /// The weights of one row computed from its window only (long columns without gaps).
    std::optional<SavgolRowWeights> windowWeights(const DerivativeResult& result, int row, QString* error) const;
    void fillWeightValues(SmoothingRowExplanation& e) const;

    const Document* m_document;
    int m_weightsColumn = -1;
    std::vector<SavgolRowWeights> m_weights;
};

/// How the panel writes its HTML: font size in points, monospace family, colour of side notes.
struct ExplainStyle {
    double basePoints = 12.0;
    QString monospace;
    QString muted;
};

/// The panel's HTML for `e`; `title` is the derivative's title ("d(y)/d(x)").
QString smoothingExplanationHtml(const SmoothingRowExplanation& e, const QString& title, const ExplainStyle& style);
/// The text "Copy" puts on the clipboard: method, the weighted sum (Savitzky–Golay), the value, the call.
QString smoothingExplanationText(const SmoothingRowExplanation& e);
/// "c₋₂·y[3] + c₋₁·y[4] + …": the weighted sum with the rows (0-based, as numpy indexes them) and
/// weights as numbers, "0.1 * y[3] + -0.2 * y[4] + …", as tangent-cli --explain writes it.
QString weightedSumText(const SavgolRowWeights& weights);

} // namespace tangent::ui
