// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentDerivatives' groups: long-format rows split by the Group by column, each group differentiated on
// its own rows by the same core function as tangent-cli --group (core/gradient/groups.h).

#include "ui/document/derivatives/documentderivatives.h"

#include "ui/document/document.h"

#include "ui/i18n/coremessages.h"

#include "core/io/numberformat.h"

#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

GroupOptions groupOptions(const DerivativeSettings& settings)
{
    GroupOptions options;
    options.smoothing = settings.smoothing;
    options.edgeOrder = settings.edgeOrder;
    options.order = settings.order;
    return options;
}

/// The distinct provenance lines of the groups, in group order.
QString joinedProvenance(const std::vector<std::string>& provenance)
{
    QStringList lines;
    for (const std::string& p : provenance) {
        const QString line = QString::fromStdString(p);
        if (!line.isEmpty() && !lines.contains(line))
            lines.append(line);
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

int DocumentDerivatives::effectiveGroupColumn() const
{
    const int g = m_document.settings().groupColumn;
    return g >= 0 && g < m_document.columnCount() && g != m_document.effectiveXColumn() ? g : -1;
}

std::vector<std::string> DocumentDerivatives::groupKeys() const
{
    std::vector<std::string> keys;
    const int g = effectiveGroupColumn();
    if (g < 0)
        return keys;
    const Column& c = m_document.column(g);
    keys.reserve(c.values.size());
    for (std::size_t r = 0; r < c.values.size(); ++r) {
        if (c.fromText)
            keys.push_back(r < c.text.size() ? c.text[r].toStdString() : std::string());
        else if (std::isnan(c.values[r]))
            keys.emplace_back();
        else
            keys.push_back(formatDouble(c.values[r]));
    }
    return keys;
}

DerivativeSettings DocumentDerivatives::groupedSettings(int column) const
{
    DerivativeSettings s = m_document.settings();
    s.groupColumn = column;
    const int x = m_document.effectiveXColumn();
    if (column < 0 || (x != column && (x < 0 || !m_document.column(x).fromText)))
        return s;
    for (int c = 0; c < m_document.columnCount(); ++c) {
        if (c != column && !m_document.column(c).fromText) {
            s.xColumn = c;
            // The y columns were chosen with the old x among them: back to every numeric column.
            s.yColumns.clear();
            break;
        }
    }
    return s;
}

void DocumentDerivatives::recomputeGrouped()
{
    const auto n = static_cast<std::size_t>(m_document.rowCount());
    // The incremental path and the Explain panel work on whole columns; groups never use them.
    m_spacing.reset();
    m_groups = splitGroups(groupKeys());
    m_groupWarnings.clear();
    m_results.clear();
    const GroupOptions options = groupOptions(m_document.settings());
    const std::vector<double> x = m_document.effectiveXColumn() < 0 ? std::vector<double>() : xValues();
    bool warned = false;
    for (int y : effectiveYColumns()) {
        DerivativeResult result;
        result.yColumn = y;
        try {
            GroupedDerivative d = groupedDerivative(
                m_groups, Series { m_document.column(y).values, x, m_document.settings().dx }, options);
            result.values = std::move(d.derivative);
            result.smoothed = std::move(d.smoothed);
            result.provenance = joinedProvenance(d.provenance);
            if (m_band)
                addGroupBands(result, d, x, options);
            // What was asked: each group's own parameters are in the provenance.
            if (options.smoothing.method != SmoothingMethod::Numpy)
                result.used = options.smoothing;
            for (const ShortGroup& s : d.shortGroups)
                if (!warned)
                    m_groupWarnings.append(translateMessage(shortGroupMessage(m_groups, s, options)));
            warned = true;
        } catch (const std::exception& e) { // GroupError, GradientError, SmoothingError, or a core bug
            result.error = translateException(e);
            result.values.assign(n, std::numeric_limits<double>::quiet_NaN());
        }
        m_results.push_back(std::move(result));
    }
}

void DocumentDerivatives::addGroupDiagnostics(QList<Diagnostic>& list) const
{
    const int g = effectiveGroupColumn();
    if (g < 0)
        return;
    list.append({ Diagnostic::Severity::Info,
        Document::tr("Grouped by '%1': %n group(s), each differentiated on its own rows.", nullptr,
            static_cast<int>(m_groups.names.size()))
            .arg(m_document.column(g).name),
        Diagnostic::Action::None });
    for (const QString& warning : m_groupWarnings)
        list.append({ Diagnostic::Severity::Warning, Document::tr("The %1; its derivative is left empty.").arg(warning),
            Diagnostic::Action::None });
}

} // namespace tangent::ui
