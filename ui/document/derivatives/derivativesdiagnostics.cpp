// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentDerivatives::updateDiagnostics: what is wrong with the data or settings, in words a user can act on.

#include "ui/document/derivatives/documentderivatives.h"

#include "ui/document/document.h"
#include "ui/i18n/coremessages.h"

#include "core/engine/engine.h"
#include "core/engine/spacingwarnings.h"
#include "core/gradient/spacing.h"
#include "core/time/datetime.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

using Severity = Diagnostic::Severity;
using Action = Diagnostic::Action;

constexpr int kRowsNamed = 5;

QString quoted(const QString& name)
{
    return QStringLiteral("'%1'").arg(name);
}

/// "row 3", "rows 3 and 8", "rows 3, 8, 9, 12, 15, …" (0-based indexes, shown 1-based).
QString rowList(const std::vector<std::size_t>& rows)
{
    QStringList parts;
    for (std::size_t i = 0; i < rows.size() && i < kRowsNamed; ++i)
        parts.append(QString::number(rows[i] + 1));
    if (rows.size() == 1)
        return Document::tr("row %1").arg(parts.front());
    if (rows.size() > kRowsNamed)
        return Document::tr("rows %1, …").arg(parts.join(QStringLiteral(", ")));
    const QString last = parts.takeLast();
    return Document::tr("rows %1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

QString gapCount(std::size_t n)
{
    return n == 1 ? Document::tr("1 gap") : Document::tr("%1 gaps").arg(n);
}

std::vector<std::size_t> gapRows(const std::vector<double>& values)
{
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < values.size(); ++i)
        if (std::isnan(values[i]))
            rows.push_back(i);
    return rows;
}

QString valueText(const Column& column, double value)
{
    if (column.kind == ColumnKind::DateTime)
        return QString::fromStdString(formatDateTime(value));
    return QString::number(value, 'g', 10);
}

void addDecreasing(QList<Diagnostic>& out, const SpacingFacts& facts, const Column& x, const QString& xName)
{
    if (!facts.firstDecrease)
        return;
    if (facts.decreasingThroughout) {
        out.append({ Severity::Info,
            Document::tr("x (%1) decreases throughout. The derivatives are still correct; sort by x to draw "
                         "the chart from left to right.")
                .arg(xName),
            Action::SortByX });
        return;
    }
    const std::size_t row = facts.firstDecrease->row;
    const std::size_t before = facts.firstDecrease->previousRow;
    out.append({ Severity::Warning,
        Document::tr("x (%1) is not increasing: it decreases at row %2 (%3 after %4). numpy.gradient does not "
                     "sort, so the slopes across each step back are meaningless. Sort the table by x.")
            .arg(xName)
            .arg(row + 1)
            .arg(valueText(x, x.values[row]), valueText(x, x.values[before])),
        Action::SortByX });
}

void addRepeated(QList<Diagnostic>& out, const SpacingFacts& facts, const Column& x, const QString& xName)
{
    const std::vector<std::size_t>& rows = facts.repeatedRows;
    if (rows.empty())
        return;
    const std::size_t first = rows.front();
    QString where
        = Document::tr("rows %1 and %2 (x = %3)").arg(first).arg(first + 1).arg(valueText(x, x.values[first]));
    if (facts.repeatedCount == 2)
        where += Document::tr(" and 1 more place");
    else if (facts.repeatedCount > 2)
        where += Document::tr(" and %1 more places").arg(facts.repeatedCount - 1);
    out.append({ Severity::Warning,
        Document::tr("x (%1) repeats at %2: the step there is 0, so the slopes next to it are infinite or NaN. "
                     "Remove or merge the duplicate rows.")
            .arg(xName, where),
        Action::None });
}

/// numpy switches to its uniform formula only when every difference is exactly equal; differences
/// equal to within the tolerance give the same values but not the same bits.
void addNearlyUniform(QList<Diagnostic>& out, const SpacingFacts& facts, const QString& xName)
{
    if (facts.uniformity != Uniformity::Nearly)
        return;
    out.append({ Severity::Info,
        Document::tr("x (%1) is evenly spaced to within 1 part in 10⁹ but not exactly (steps from %2 to %3). "
                     "numpy then uses its non-uniform formula, so results differ from numpy.gradient(y, dx) in "
                     "the last bits; Tangent matches numpy.gradient(y, x).")
            .arg(xName, QString::number(facts.smallestStep, 'g', 17), QString::number(facts.largestStep, 'g', 17)),
        Action::None });
}

void addXFacts(QList<Diagnostic>& out, const SpacingFacts& facts, const Column& x, const QString& xName)
{
    addDecreasing(out, facts, x, xName);
    addRepeated(out, facts, x, xName);
    if (facts.gapRows.empty()) {
        addNearlyUniform(out, facts, xName);
        return;
    }
    out.append({ Severity::Warning,
        Document::tr("x (%1) has %2 (empty cells), at %3: the derivatives next to them are NaN.")
            .arg(xName, gapCount(facts.gapCount), rowList(facts.gapRows)),
        Action::None });
}

/// The document's text columns as the engine reads them (the others left empty), rows numbered
/// as the table shows them.
CsvTable textTable(const Document& document)
{
    CsvTable table;
    table.firstDataLine = 1;
    table.columns.resize(static_cast<std::size_t>(document.columnCount()));
    for (int c : document.textColumns()) {
        CsvColumn& column = table.columns[static_cast<std::size_t>(c)];
        column.name = document.column(c).name.toStdString();
        column.numeric = false;
        for (const QString& cell : document.column(c).text)
            column.text.push_back(cell.toStdString());
    }
    return table;
}

} // namespace

void DocumentDerivatives::updateDiagnostics()
{
    m_diagnosticsPending = false;
    const DerivativeSettings& settings = m_document.settings();
    QList<Diagnostic> list;
    const int n = m_document.rowCount();
    const int x = m_document.effectiveXColumn();
    const QList<int> ys = effectiveYColumns();
    const int edgeOrder = settings.edgeOrder;

    const bool tooFew
        = !ys.isEmpty() && (edgeOrder == 1 || edgeOrder == 2) && static_cast<std::size_t>(n) < minimumPoints(edgeOrder);
    if (tooFew) {
        list.append({ Severity::Error,
            Document::tr("Edge order %1 needs at least %2 rows; the table has %3. Add rows%4.")
                .arg(edgeOrder)
                .arg(minimumPoints(edgeOrder))
                .arg(n)
                .arg(edgeOrder == 2 && n >= 2 ? Document::tr(" or use edge order 1") : QString()),
            Action::None });
    } else {
        QStringList errors;
        for (const DerivativeResult& result : m_results)
            if (!result.error.isEmpty() && !errors.contains(result.error))
                errors.append(result.error);
        for (const QString& error : std::as_const(errors))
            list.append(
                { Severity::Error, Document::tr("The derivative cannot be computed: %1").arg(error), Action::None });
    }
    if (ys.isEmpty() && m_document.columnCount() > 0)
        list.append(
            { Severity::Info, Document::tr("There is no numeric column to differentiate besides x."), Action::None });

    if (x < 0 && !(std::isfinite(settings.dx) && settings.dx != 0.0))
        list.append({ Severity::Error,
            Document::tr("The spacing dx is %1: choose a finite number other than 0.").arg(settings.dx),
            Action::None });

    bool stepsBack = false; // x decreases somewhere, not throughout: long-format data, perhaps
    if (x >= 0) {
        const Column& xColumn = m_document.column(x);
        const QString xName = quoted(xColumn.name);
        if (xColumn.fromText) {
            list.append({ Severity::Error,
                Document::tr("The x column %1 holds text that is neither numbers nor dates; choose another x "
                             "column or a uniform spacing dx.")
                    .arg(xName),
                Action::None });
        } else if (effectiveGroupColumn() < 0) {
            // The facts about the x the derivative is computed with (dates in the time unit); a
            // number column is that x already, and a big one is not worth copying. Grouped x
            // restarts at every group: the facts of the whole column would mislead.
            // The full recompute found them already (with the derivatives, off the GUI thread for a
            // big table); x has not changed since, or it would have run again.
            const SpacingFacts facts = m_xFacts        ? *m_xFacts
                : xColumn.kind == ColumnKind::DateTime ? spacingFacts(xValues())
                                                       : spacingFacts(xColumn.values);
            addXFacts(list, facts, xColumn, xName);
            stepsBack = facts.firstDecrease && !facts.decreasingThroughout;
        }
    }

    for (int y : ys) {
        const std::vector<std::size_t> yGaps = gapRows(m_document.column(y).values);
        if (!yGaps.empty() && !m_document.column(y).fromText)
            list.append({ Severity::Warning,
                Document::tr("%1 has %2 (empty cells), at %3: its derivative is NaN next to them.")
                    .arg(quoted(m_document.column(y).name), gapCount(yGaps.size()), rowList(yGaps)),
                Action::None });
    }

    addGroupDiagnostics(list);
    addNoiseDiagnostics(list);
    addBandDiagnostics(list);
    const CsvTable table = textTable(m_document);
    // The column tangent-cli would offer as --group where x steps back (core groupCandidate).
    const std::optional<std::size_t> offered
        = stepsBack ? groupCandidate(table, static_cast<std::size_t>(x)) : std::nullopt;
    for (int c : m_document.textColumns()) {
        if (c == effectiveGroupColumn())
            continue;
        // A number column with a bad cell: the engine's warning, as tangent-cli prints it.
        if (const auto warning = badCellWarning(table, static_cast<std::size_t>(c), std::string())) {
            list.append({ Severity::Warning,
                Document::tr("Row %1: %2").arg(warning->row()).arg(translateMessage(warning->userMessage())),
                Action::None });
            continue;
        }
        if (offered == static_cast<std::size_t>(c)) {
            // As tangent-cli's warning offers --group: sorting long-format rows by x would
            // interleave the series.
            list.append({ Severity::Warning,
                Document::tr("Column %1 holds text: if the file holds one series per %1, one after another (long "
                             "format), group the rows by it so that each series is differentiated on its own rows "
                             "rather than sorted into the others.")
                    .arg(quoted(m_document.column(c).name)),
                Action::GroupBy, c });
            continue;
        }
        list.append({ Severity::Info,
            Document::tr("Column %1 holds text that is neither numbers nor dates; it is not differentiated, but "
                         "it can group the rows (Group by).")
                .arg(quoted(m_document.column(c).name)),
            Action::None });
    }

    if (list != m_diagnostics) {
        m_diagnostics = list;
        emit diagnosticsChanged();
    }
}

} // namespace tangent::ui
