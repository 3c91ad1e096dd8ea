// The document's y column differentiated two ways, for the Compare views.

#include "ui/comparison.h"

#include "ui/document.h"

#include "core/spacing.h"

#include <QObject>
#include <QStringList>

#include <bit>
#include <cmath>
#include <cstdint>

namespace tangent::ui {
namespace {

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

/// Why `yColumn` cannot be compared, or empty.
QString unusable(const Document& document, int yColumn)
{
    if (yColumn < 0 || yColumn >= document.columnCount())
        return QObject::tr("Choose a y column to compare.");
    if (document.column(yColumn).kind != ColumnKind::Number)
        return QObject::tr("%1 is not a number column.").arg(document.columnTitle(yColumn));
    return {};
}

} // namespace

EdgeOrderComparison compareEdgeOrders(const Document& document, int yColumn)
{
    EdgeOrderComparison c;
    c.yColumn = yColumn;
    c.derivativeOrder = document.settings().order;
    c.error = unusable(document, yColumn);
    if (!c.error.isEmpty())
        return c;
    c.x = document.xValues();
    const std::vector<double>& y = document.column(yColumn).values;
    const Spacing spacing = document.xSpacing();
    try {
        c.order1 = derivative(y, spacing, 1, c.derivativeOrder);
        c.order2 = derivative(y, spacing, 2, c.derivativeOrder);
    } catch (const GradientError& e) {
        c.order1.clear();
        c.order2.clear();
        c.error = QString::fromStdString(e.what());
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
    c.error = unusable(document, yColumn);
    if (!c.error.isEmpty())
        return c;
    c.x = document.xValues();
    const std::vector<double>& y = document.column(yColumn).values;
    const Spacing spacing = document.xSpacing();
    try {
        c.evenlySpaced = !spacing.isCoordinates() || evenlySpaced(spacing.coords());
        for (DerivativeMethod method :
            { DerivativeMethod::Numpy, DerivativeMethod::MatlabGradient, DerivativeMethod::AverageSlopes })
            c.methods.push_back(compareWithNumpy(method, y, spacing, c.edgeOrder));
    } catch (const GradientError& e) {
        c.methods.clear();
        c.error = QString::fromStdString(e.what());
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
