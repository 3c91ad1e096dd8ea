// SPDX-License-Identifier: GPL-3.0-or-later
// The document's y column differentiated two ways, for the Compare views.

#include "ui/classroom/compare/comparison.h"

#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include "core/gradient/spacing.h"

#include <QObject>
#include <QStringList>

#include <bit>
#include <cmath>
#include <cstdint>
#include <utility>

namespace tangent::ui {
namespace {

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

/// What both comparisons start from: the y column's values, the document's x and its spacing, or
/// why `yColumn` cannot be compared.
struct ComparisonInput {
    QString error;
    std::vector<double> x;
    const std::vector<double>* y = nullptr;
    Spacing spacing;
};

ComparisonInput comparisonInput(const Document& document, int yColumn)
{
    ComparisonInput input;
    if (yColumn < 0 || yColumn >= document.columnCount())
        input.error = QObject::tr("Choose a y column to compare.");
    else if (document.column(yColumn).kind != ColumnKind::Number)
        input.error = QObject::tr("%1 is not a number column.").arg(document.columnTitle(yColumn));
    if (!input.error.isEmpty())
        return input;
    input.x = document.derivatives().xValues();
    input.y = &document.column(yColumn).values;
    input.spacing = document.derivatives().xSpacing();
    return input;
}

} // namespace

EdgeOrderComparison compareEdgeOrders(const Document& document, int yColumn)
{
    EdgeOrderComparison c;
    c.yColumn = yColumn;
    c.derivativeOrder = document.settings().order;
    ComparisonInput input = comparisonInput(document, yColumn);
    c.error = input.error;
    if (!c.error.isEmpty())
        return c;
    c.x = std::move(input.x);
    const std::vector<double>& y = *input.y;
    try {
        c.order1 = derivative(y, input.spacing, 1, c.derivativeOrder);
        c.order2 = derivative(y, input.spacing, 2, c.derivativeOrder);
    } catch (const GradientError& e) {
        c.order1.clear();
        c.order2.clear();
        c.error = translateException(e);
        return c;
    }
    c.difference.resize(y.size());
    for (std::size_t i = 0; i < y.size(); ++i) {
        const bool same = sameBits(c.order1[i], c.order2[i]);
        c.difference[i] = same ? 0.0 : c.order2[i] - c.order1[i];
        if (!same)
            c.differingRows.push_back(i);
    }
    return c;
}

MethodsComparison compareMethods(const Document& document, int yColumn)
{
    MethodsComparison c;
    c.yColumn = yColumn;
    c.edgeOrder = document.settings().edgeOrder;
    ComparisonInput input = comparisonInput(document, yColumn);
    c.error = input.error;
    if (!c.error.isEmpty())
        return c;
    c.x = std::move(input.x);
    const Spacing& spacing = input.spacing;
    try {
        c.evenlySpaced = !spacing.isCoordinates() || evenlySpaced(spacing.coords());
        for (DerivativeMethod method :
            { DerivativeMethod::Numpy, DerivativeMethod::MatlabGradient, DerivativeMethod::AverageSlopes })
            c.methods.push_back(compareWithNumpy(method, *input.y, spacing, c.edgeOrder));
    } catch (const GradientError& e) {
        c.methods.clear();
        c.error = translateException(e);
    }
    return c;
}

QString rowRanges(const std::vector<std::size_t>& rows)
{
    QStringList parts;
    for (std::size_t k = 0; k < rows.size();) {
        std::size_t end = k;
        while (end + 1 < rows.size() && rows[end + 1] == rows[end] + 1)
            ++end;
        if (end == k)
            parts << QString::number(rows[k] + 1);
        else
            parts << QStringLiteral("%1–%2").arg(rows[k] + 1).arg(rows[end] + 1);
        k = end + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace tangent::ui
