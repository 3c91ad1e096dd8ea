// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/chartdata.h"

#include "ui/document/document.h"

#include "core/gradient/groups.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace tangent::ui {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sortedAndFinite(std::span<const double> x)
{
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i]) || (i > 0 && x[i] < x[i - 1]))
            return false;
    }
    return true;
}

} // namespace

void ChartData::rebuild(const Document& document)
{
    m_keys.clear();
    m_values.clear();
    m_order.clear();
    m_position.clear();
    m_sortedX.clear();
    m_groupNames.clear();
    m_rowGroup.clear();
    m_groupPositions.clear();

    const auto rows = static_cast<std::size_t>(document.rowCount());
    const int xColumn = document.effectiveXColumn();
    m_isDate = xColumn >= 0 && document.column(xColumn).kind == ColumnKind::DateTime;
    if (xColumn >= 0) {
        m_generatedX.clear();
        m_rowX = document.column(xColumn).values;
    } else {
        m_generatedX.resize(rows);
        for (std::size_t i = 0; i < rows; ++i)
            m_generatedX[i] = static_cast<double>(i) * document.settings().dx;
        m_rowX = m_generatedX;
    }

    if (document.derivatives().effectiveGroupColumn() >= 0 && !document.derivatives().groups().names.empty())
        addGroupKeys(document);
    for (const int column : document.derivatives().effectiveYColumns()) {
        if (column < 0 || column >= document.columnCount() || !m_groupNames.empty())
            continue;
        m_keys.push_back({ column, false });
        m_values.push_back({ document.column(column).values, {}, {}, -1, {}, {} });
        const DerivativeResult* result = document.derivatives().resultFor(column);
        // While a method computes, a column it has no previous result for is not drawn yet: an
        // all-gap line would only make an empty axis that the result then replaces.
        const bool pending = result && document.derivatives().isComputing()
            && std::ranges::none_of(result->values, [](double v) { return std::isfinite(v); });
        if (result && result->error.isEmpty() && !result->values.empty() && !pending) {
            m_keys.push_back({ column, true });
            m_values.push_back({ result->values, {}, {}, -1, {}, {} });
        }
    }

    if (sortedAndFinite(m_rowX)) {
        m_x = m_rowX;
        for (Values& v : m_values)
            v.view = v.rowOrder;
    } else {
        // Lines are drawn in x order; rows without an x are left out.
        for (std::size_t i = 0; i < m_rowX.size(); ++i) {
            if (!std::isnan(m_rowX[i]))
                m_order.push_back(i);
        }
        std::stable_sort(
            m_order.begin(), m_order.end(), [this](std::size_t a, std::size_t b) { return m_rowX[a] < m_rowX[b]; });
        m_sortedX.reserve(m_order.size());
        for (const std::size_t i : m_order)
            m_sortedX.push_back(m_rowX[i]);
        m_x = m_sortedX;
        m_position.assign(m_rowX.size(), m_order.size());
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_position[m_order[i]] = i;
        for (Values& v : m_values) {
            v.storage.reserve(m_order.size());
            for (const std::size_t i : m_order)
                v.storage.push_back(i < v.rowOrder.size() ? v.rowOrder[i] : kNaN);
            v.view = v.storage;
        }
    }

    buildGroupLines();
    m_scale = m_isDate ? 1000.0 : 1.0;
    m_offset = 0.0;
    if (m_isDate && !m_x.empty()) {
        const auto first = static_cast<qint64>(m_x.front());
        const int offset = QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::fromSecsSinceEpoch(first, Qt::UTC));
        m_offset = -1000.0 * offset;
    }
}

void ChartData::addGroupKeys(const Document& document)
{
    const RowGroups& groups = document.derivatives().groups();
    const auto rows = static_cast<std::size_t>(document.rowCount());
    m_rowGroup.assign(rows, -1);
    for (std::size_t g = 0; g < groups.names.size(); ++g) {
        m_groupNames.push_back(QString::fromStdString(groups.names[g]));
        for (std::size_t r : groups.rows[g])
            if (r < rows)
                m_rowGroup[r] = static_cast<int>(g);
    }
    // Column by column, each group's curve then its derivative: a group keeps one colour.
    for (const int column : document.derivatives().effectiveYColumns()) {
        if (column < 0 || column >= document.columnCount())
            continue;
        const DerivativeResult* result = document.derivatives().resultFor(column);
        const bool derivative = result && result->error.isEmpty() && !result->values.empty();
        for (int g = 0; g < std::min(static_cast<int>(m_groupNames.size()), kMaxGroupLines); ++g) {
            m_keys.push_back(PlotKey::curveOf(column, g));
            m_values.push_back({ document.column(column).values, {}, {}, g, {}, {} });
            if (derivative) {
                m_keys.push_back(PlotKey::derivativeOf(column, g));
                m_values.push_back({ result->values, {}, {}, g, {}, {} });
            }
        }
    }
}

void ChartData::buildGroupLines()
{
    if (m_groupNames.empty())
        return;
    // x() positions in order, split by group: each group's rows are then already in x order.
    m_groupPositions.assign(m_groupNames.size(), {});
    for (std::size_t i = 0; i < m_x.size(); ++i) {
        const int g = m_rowGroup[static_cast<std::size_t>(rowAt(i))];
        if (g >= 0)
            m_groupPositions[static_cast<std::size_t>(g)].push_back(i);
    }
    for (Values& v : m_values) {
        const auto& mine = m_groupPositions[static_cast<std::size_t>(v.group)];
        v.lineX.reserve(mine.size());
        v.lineY.reserve(mine.size());
        for (std::size_t i : mine) {
            v.lineX.push_back(m_x[i]);
            v.lineY.push_back(v.view[i]);
        }
        // values(k) stays aligned with x() for the overlays, blank at the other groups' rows.
        if (v.storage.empty())
            v.storage.assign(v.view.begin(), v.view.end());
        for (std::size_t i = 0; i < m_x.size(); ++i)
            if (m_rowGroup[static_cast<std::size_t>(rowAt(i))] != v.group)
                v.storage[i] = kNaN;
        v.view = v.storage;
    }
}

std::span<const double> ChartData::lineX(std::size_t k) const
{
    const Values& v = m_values.at(k);
    return v.group < 0 ? m_x : std::span<const double>(v.lineX);
}

std::span<const double> ChartData::lineValues(std::size_t k) const
{
    const Values& v = m_values.at(k);
    return v.group < 0 ? v.view : std::span<const double>(v.lineY);
}

std::vector<double> ChartData::alongLine(std::size_t k, std::span<const double> rowOrder) const
{
    const auto valueAt = [&](std::size_t i) {
        const auto row = static_cast<std::size_t>(rowAt(i));
        return row < rowOrder.size() ? rowOrder[row] : kNaN;
    };
    std::vector<double> line;
    if (const int group = m_values.at(k).group; group >= 0) {
        const auto& positions = m_groupPositions[static_cast<std::size_t>(group)];
        line.reserve(positions.size());
        for (const std::size_t i : positions)
            line.push_back(valueAt(i));
    } else {
        line.reserve(m_x.size());
        for (std::size_t i = 0; i < m_x.size(); ++i)
            line.push_back(valueAt(i));
    }
    return line;
}

int ChartData::groupOfRow(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rowGroup.size() ? m_rowGroup[static_cast<std::size_t>(row)]
                                                                         : -1;
}

int ChartData::rowAt(std::size_t i) const
{
    return static_cast<int>(m_order.empty() ? i : m_order.at(i));
}

std::size_t ChartData::positionOfRow(int row) const
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rowX.size())
        return m_x.size();
    return m_order.empty() ? static_cast<std::size_t>(row) : m_position[static_cast<std::size_t>(row)];
}

double ChartData::xOfRow(int row) const
{
    return row >= 0 && static_cast<std::size_t>(row) < m_rowX.size() ? m_rowX[static_cast<std::size_t>(row)] : kNaN;
}

double ChartData::valueOfRow(std::size_t k, int row) const
{
    if (m_values.at(k).group >= 0 && groupOfRow(row) != m_values.at(k).group)
        return kNaN;
    const auto values = m_values.at(k).rowOrder;
    return row >= 0 && static_cast<std::size_t>(row) < values.size() ? values[static_cast<std::size_t>(row)] : kNaN;
}

QList<QList<QPointF>> toSegments(const std::vector<ReducedPoint>& points, const ChartData& data, qsizetype maxSegments)
{
    QList<QList<QPointF>> segments;
    bool split = true;
    for (const ReducedPoint& p : points) {
        if (!std::isfinite(p.y)) {
            split = true;
            continue;
        }
        if (split && (segments.isEmpty() || segments.size() < maxSegments))
            segments.append(QList<QPointF>());
        split = false;
        segments.back().append(QPointF(data.toPlot(p.x), p.y));
    }
    return segments;
}

QString formatNumber(double value, char format, int precision)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, format, precision);
}

QString formatValue(double value)
{
    return std::isfinite(value) ? formatNumber(value, 'g', 7) : QStringLiteral("—");
}

QString formatX(const ChartData& data, double x)
{
    if (!data.isDate() || !std::isfinite(x))
        return formatValue(x);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(std::llround(x * 1000.0), Qt::UTC);
    if (t.time() == QTime(0, 0))
        return t.toString(QStringLiteral("yyyy-MM-dd"));
    return t.toString(
        t.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddThh:mm:ss.zzz") : QStringLiteral("yyyy-MM-ddThh:mm:ss"));
}

} // namespace tangent::ui
