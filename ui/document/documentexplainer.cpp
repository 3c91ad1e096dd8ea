// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/documentexplainer.h"

#include "core/gradient/groups.h"
#include "core/gradient/spacing.h"
#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include <QCoreApplication>

#include <algorithm>
#include <stdexcept>

namespace tangent::ui {

DocumentExplainer::DocumentExplainer(const Document* document) : m_document(document) { }

QString DocumentExplainer::problem(int yColumn) const
{
    const DerivativeResult* result = m_document->derivatives().resultFor(yColumn);
    if (result == nullptr)
        return QCoreApplication::translate("tangent::ui::DocumentExplainer", "This column is not differentiated.");
    if (!result->error.isEmpty())
        return result->error;
    if (m_document->derivatives().effectiveGroupColumn() < 0
        && m_document->derivatives().resolvedSpacing() == nullptr) // every result has an error then; not reached
        return QCoreApplication::translate("tangent::ui::DocumentExplainer", "The spacing cannot be resolved.");
    return {};
}

RowExplanation DocumentExplainer::explainInGroup(int yColumn, int row)
{
    RowExplanation explanation;
    const RowGroups groups = splitGroups(m_document->derivatives().groupKeys());
    for (std::size_t g = 0; g < groups.rows.size() && explanation.group.isEmpty(); ++g) {
        const std::vector<std::size_t>& rows = groups.rows[g];
        const auto at = std::ranges::find(rows, static_cast<std::size_t>(row));
        if (at == rows.end())
            continue;
        explanation.group = QString::fromStdString(groups.names[g]);
        explanation.groupRows = rows;
        const std::vector<double>& ys = m_document->column(yColumn).values;
        const std::vector<double> xs
            = m_document->effectiveXColumn() >= 0 ? m_document->derivatives().xValues() : std::vector<double>();
        std::vector<double> x;
        std::vector<double> y;
        for (const std::size_t r : rows) {
            if (!xs.empty())
                x.push_back(xs[r]);
            y.push_back(ys[r]);
        }
        try {
            const ResolvedSpacing spacing(
                xs.empty() ? Spacing::uniform(m_document->settings().dx) : Spacing::coordinates(std::move(x)),
                y.size());
            const AxisSpacing axis = spacing.axis();
            explanation.uniform = axis.uniform;
            explanation.h = axis.h;
            const auto i = static_cast<std::size_t>(at - rows.begin());
            auto points = explainGradient(y, axis, m_document->settings().edgeOrder, i, i + 1);
            explanation.point = std::move(points.at(0));
        } catch (const std::exception& e) {
            explanation.error = translateException(e);
        }
    }
    return explanation;
}

RowExplanation DocumentExplainer::explain(int yColumn, int row)
{
    RowExplanation explanation;
    explanation.error = problem(yColumn);
    if (!explanation.error.isEmpty())
        return explanation;
    if (m_document->derivatives().effectiveGroupColumn() >= 0) {
        if (row < 0 || row >= m_document->rowCount())
            return explanation;
        return explainInGroup(yColumn, row);
    }
    const AxisSpacing axis = m_document->derivatives().resolvedSpacing()->axis();
    explanation.uniform = axis.uniform;
    explanation.h = axis.h;
    if (row < 0 || row >= m_document->rowCount())
        return explanation;
    try {
        const auto r = static_cast<std::size_t>(row);
        auto points
            = explainGradient(m_document->column(yColumn).values, axis, m_document->settings().edgeOrder, r, r + 1);
        explanation.point = std::move(points.at(0));
    } catch (const std::exception& e) {
        explanation.error = translateException(e);
    }
    return explanation;
}

RowExplanation DocumentExplainer::explainAll(int yColumn, std::vector<ExplainedPoint>& points)
{
    points.clear();
    RowExplanation explanation;
    explanation.error = problem(yColumn);
    if (!explanation.error.isEmpty())
        return explanation;
    if (m_document->derivatives().effectiveGroupColumn() >= 0) {
        explanation.error = QCoreApplication::translate("tangent::ui::DocumentExplainer",
            "The table is grouped: each group is differentiated on its own rows. Click a row to see how its "
            "value is computed within its group, or run tangent-cli --group --explain for every row.");
        return explanation;
    }
    const AxisSpacing axis = m_document->derivatives().resolvedSpacing()->axis();
    explanation.uniform = axis.uniform;
    explanation.h = axis.h;
    try {
        points = explainGradient(m_document->column(yColumn).values, axis, m_document->settings().edgeOrder);
    } catch (const std::exception& e) {
        explanation.error = translateException(e);
    }
    return explanation;
}

QString wholeComputationText(const Document& document)
{
    DocumentExplainer explainer(&document);
    const QList<int> yColumns = document.derivatives().effectiveYColumns();
    std::string text;
    std::vector<ExplainedPoint> points;
    for (int y : yColumns) {
        if (yColumns.size() > 1)
            text += "# y column: " + document.columnTitle(y).toStdString() + '\n';
        const RowExplanation explanation = explainer.explainAll(y, points);
        if (!explanation.error.isEmpty())
            text += "# error: " + explanation.error.toStdString() + '\n';
        for (const ExplainedPoint& point : points)
            text += explainLine(point) + '\n';
    }
    return QString::fromStdString(text);
}

} // namespace tangent::ui
