// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a Document's derivative values are computed, row by row: the core's explainGradient run on a
// y column with the document's spacing and edge order, so the text a user reads is produced by the
// code that produces the values. The spacing is the document's own resolved one (its O(n) uniform
// test done once per change); a row's explanation costs the same in ten rows or a million.

#include "core/classroom/explain.h"

#include <QString>

#include <optional>
#include <vector>

namespace tangent::ui {

class Document;

/// The explanation of the first derivative in one row of one y column, or why there is none.
struct RowExplanation {
    std::optional<ExplainedPoint> point; ///< empty when `error` is set or the row does not exist
    QString error; ///< the document's error for the column, else explainGradient's
    bool uniform = true; ///< numpy's uniform test on the spacing gave a step h
    double h = 1.0; ///< that step
    /// Grouped: the row's group, differentiated on its own rows, whose row i (point's row and
    /// y[i]) is the table's row groupRows[i]. Empty when the table is not grouped.
    QString group;
    std::vector<std::size_t> groupRows;
};

class DocumentExplainer {
public:
    explicit DocumentExplainer(const Document* document);

    /// How row `row` of the derivative of document column `yColumn` is computed (the first
    /// application of the gradient for a derivative order above 1): in a grouped table, within the
    /// row's group, as tangent-cli --group --explain explains it. An error if the column is not
    /// differentiated or cannot be.
    RowExplanation explain(int yColumn, int row);
    /// Every row of the column; an error as above. `points` are in row order.
    RowExplanation explainAll(int yColumn, std::vector<ExplainedPoint>& points);

private:
    /// The error that prevents explaining `yColumn`, or empty.
    [[nodiscard]] QString problem(int yColumn) const;
    /// explain() in a grouped table.
    RowExplanation explainInGroup(int yColumn, int row);

    const Document* m_document;
};

/// What `tangent-cli --explain` prints for the same data: for each differentiated y column (headed
/// "# y column: NAME" when there are several) one explainLine per row, each ending in '\n'. A column
/// that cannot be differentiated gives "# error: MESSAGE". For a derivative order above 1 these
/// are the lines of the first application of the gradient.
QString wholeComputationText(const Document& document);

} // namespace tangent::ui
