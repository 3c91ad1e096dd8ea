#include "ui/documentexplainer.h"

#include "ui/document.h"

#include <QCoreApplication>

#include <stdexcept>

namespace tangent::ui {

DocumentExplainer::DocumentExplainer(const Document* document) : m_document(document) { }

void DocumentExplainer::invalidate()
{
    m_prepared = false;
    m_spacing = {};
    m_axis = {};
    m_spacingError.clear();
}

QString DocumentExplainer::prepare(int yColumn)
{
    const DerivativeResult* result = m_document->resultFor(yColumn);
    if (result == nullptr)
        return QCoreApplication::translate("tangent::ui::DocumentExplainer", "This column is not differentiated.");
    if (!result->error.isEmpty())
        return result->error;
    if (!m_prepared) {
        // The spacing the document computes with: a uniform dx, or the x values (dates in the
        // chosen time unit), through numpy's uniform test.
        m_prepared = true;
        const bool uniform = m_document->effectiveXColumn() < 0;
        m_spacing = uniform ? Spacing::uniform(m_document->settings().dx) : Spacing::coordinates(m_document->xValues());
        try {
            m_axis = resolveSpacing(m_spacing, static_cast<std::size_t>(m_document->rowCount()));
        } catch (const std::invalid_argument& e) { // GradientError is one
            m_spacingError = QString::fromStdString(e.what());
        }
    }
    return m_spacingError;
}

RowExplanation DocumentExplainer::explain(int yColumn, int row)
{
    RowExplanation explanation;
    explanation.error = prepare(yColumn);
    if (!explanation.error.isEmpty())
        return explanation;
    explanation.uniform = m_axis.uniform;
    explanation.h = m_axis.h;
    if (row < 0 || row >= m_document->rowCount())
        return explanation;
    try {
        const auto r = static_cast<std::size_t>(row);
        auto points
            = explainGradient(m_document->column(yColumn).values, m_axis, m_document->settings().edgeOrder, r, r + 1);
        explanation.point = std::move(points.at(0));
    } catch (const std::exception& e) {
        explanation.error = QString::fromStdString(e.what());
    }
    return explanation;
}

RowExplanation DocumentExplainer::explainAll(int yColumn, std::vector<ExplainedPoint>& points)
{
    points.clear();
    RowExplanation explanation;
    explanation.error = prepare(yColumn);
    if (!explanation.error.isEmpty())
        return explanation;
    explanation.uniform = m_axis.uniform;
    explanation.h = m_axis.h;
    try {
        points = explainGradient(m_document->column(yColumn).values, m_axis, m_document->settings().edgeOrder);
    } catch (const std::exception& e) {
        explanation.error = QString::fromStdString(e.what());
    }
    return explanation;
}

QString wholeComputationText(const Document& document)
{
    DocumentExplainer explainer(&document);
    const QList<int> yColumns = document.effectiveYColumns();
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
