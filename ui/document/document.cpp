// SPDX-License-Identifier: GPL-3.0-or-later
// Document: the table and its undoable edits; the derivatives follow them (ui/document/derivatives/).

#include "ui/document/document.h"

#include "ui/document/commands.h"
#include "ui/document/smoothingcommand.h"
#include "ui/i18n/coremessages.h"

#include "core/engine/xaxis.h"
#include "core/io/csvscanner.h"
#include "core/io/numberformat.h"
#include "core/time/datetime.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

namespace tangent::ui {
namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();

/// Equal bit for bit, or both gaps: an edit that changes nothing pushes nothing.
bool sameValue(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b) || (std::isnan(a) && std::isnan(b));
}

std::vector<double> gaps(std::size_t n)
{
    // Parentheses, not braces: braces would make a list of the two values n and kGap.
    // NOLINTNEXTLINE(modernize-return-braced-init-list)
    return std::vector<double>(n, kGap);
}

std::size_t blockWidth(const std::vector<std::vector<double>>& rows)
{
    std::size_t width = 0;
    for (const auto& row : rows)
        width = std::max(width, row.size());
    return width;
}

/// Column indexes >= `from` move by `delta`; `removed` (if >= 0) disappears. -1 (uniform dx) stays.
DerivativeSettings shiftColumns(DerivativeSettings settings, int from, int delta, int removed, int columnCount)
{
    if (settings.xColumn == removed)
        settings.xColumn = -1;
    else if (settings.xColumn >= from && settings.xColumn < columnCount)
        settings.xColumn += delta;
    if (settings.groupColumn == removed)
        settings.groupColumn = -1;
    else if (settings.groupColumn >= from && settings.groupColumn < columnCount)
        settings.groupColumn += delta;
    QList<int> ys;
    for (int y : std::as_const(settings.yColumns)) {
        if (y == removed)
            continue;
        ys.append(y >= from ? y + delta : y);
    }
    settings.yColumns = ys;
    return settings;
}

} // namespace

Document::Document(QObject* parent) : QObject(parent)
{
    connect(&m_derivatives, &DocumentDerivatives::derivativesChanged, this, &Document::derivativesChanged);
    connect(&m_derivatives, &DocumentDerivatives::diagnosticsChanged, this, &Document::diagnosticsChanged);
    connect(&m_derivatives, &DocumentDerivatives::computingChanged, this, &Document::computingChanged);
    connect(&m_derivatives, &DocumentDerivatives::uncertaintyBandChanged, this, &Document::uncertaintyBandChanged);
}

int Document::rowCount() const
{
    return m_columns.empty() ? 0 : static_cast<int>(m_columns.front().values.size());
}

double Document::value(int row, int column) const
{
    return this->column(column).values.at(static_cast<std::size_t>(row));
}

int Document::effectiveXColumn() const
{
    return m_settings.xColumn >= 0 && m_settings.xColumn < columnCount() ? m_settings.xColumn : -1;
}

QList<int> Document::textColumns() const
{
    QList<int> list;
    for (int i = 0; i < columnCount(); ++i)
        if (m_columns[static_cast<std::size_t>(i)].fromText)
            list.append(i);
    return list;
}

QString Document::cellText(int row, int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const std::vector<QString>& text = this->column(column).text;
    return row >= 0 && static_cast<std::size_t>(row) < text.size() ? text[static_cast<std::size_t>(row)] : QString();
}

void Document::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

// ---- Whole-document operations ----

void Document::loadTable(CsvTable&& table, const QString& path, const LoadPreferences& preferences)
{
    loadColumns(columnsFromTable(std::move(table)), path, preferences);
}

std::vector<Column> columnsFromTable(CsvTable&& table)
{
    std::vector<Column> columns;
    columns.reserve(table.columns.size());
    for (CsvColumn& source : table.columns) {
        Column column;
        std::tie(column.name, column.unit) = splitNameAndUnit(QString::fromStdString(source.name));
        if (source.numeric) {
            column.values = std::move(source.values);
        } else if (looksLikeDates(source.text)) {
            column.kind = ColumnKind::DateTime;
            column.values.reserve(source.text.size());
            column.text.reserve(source.text.size());
            for (const std::string& cell : source.text) {
                column.values.push_back(parseDateTime(cell).value_or(kGap));
                column.text.push_back(QString::fromStdString(cell)); // written back as read
            }
            column.text.resize(table.rowCount);
        } else {
            column.fromText = true;
            column.values = gaps(table.rowCount);
            column.text.reserve(source.text.size());
            for (const std::string& cell : source.text)
                column.text.push_back(QString::fromStdString(cell));
            column.text.resize(table.rowCount);
        }
        column.values.resize(table.rowCount, kGap);
        columns.push_back(std::move(column));
    }
    return columns;
}

namespace {

/// Whether a text column's first value is a number (a number column with a bad cell further on).
bool startsWithNumber(const Column& column)
{
    for (const QString& cell : column.text) {
        const std::string text = cell.trimmed().toStdString();
        if (text.empty() || csvdetail::isNaToken(text))
            continue;
        return parseDouble(text, false).has_value() || parseDouble(text, true).has_value();
    }
    return false;
}

/// tangent-cli's x when none is given (defaultXIndex), so that a file starting with a label
/// column (long format: symbol, date, price) gets the same x in the window as on the command line.
int defaultXColumn(const std::vector<Column>& columns)
{
    std::vector<XRole> roles;
    roles.reserve(columns.size());
    for (const Column& column : columns)
        roles.push_back(!column.fromText   ? XRole::NumbersOrDates
                : startsWithNumber(column) ? XRole::NumbersWithBadCell
                                           : XRole::Text);
    return static_cast<int>(defaultXIndex(roles));
}

} // namespace

void Document::loadColumns(std::vector<Column> columns, const QString& path, const LoadPreferences& preferences)
{
    DerivativeSettings settings;
    if (columns.size() < 2) {
        settings.xColumn = -1;
        settings.dx = 1.0;
    } else {
        settings.xColumn = defaultXColumn(columns);
    }
    settings.edgeOrder = preferences.edgeOrder == 2 ? 2 : 1;
    settings.timeUnit = preferences.timeUnit;
    restoreColumns(std::move(columns), path, settings);
}

void Document::restoreColumns(std::vector<Column> columns, const QString& path, const DerivativeSettings& settings)
{
    emit aboutToReset();
    std::size_t rows = 0;
    for (const Column& c : columns)
        rows = std::max(rows, c.values.size());
    for (Column& c : columns) {
        c.values.resize(rows, kGap);
        if (!c.text.empty())
            c.text.resize(rows);
    }
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    m_derivatives.dropResults();
    m_columns = std::move(columns);
    m_settings = settings;
    m_undoStack.clear();
    m_untitledName.clear();
    m_derivatives.recomputeAndNotify([this, &path] {
        setFilePath(path);
        emit tableReset();
        emit settingsChanged();
    });
}

// ---- Edits ----

void Document::setValue(int row, int column, double value)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    const double old = this->value(row, column);
    if (sameValue(old, value))
        return;
    m_undoStack.push(new SetValuesCommand(this, row, column, { { old } }, { { value } }));
}

void Document::setBlock(int row, int column, const std::vector<std::vector<double>>& rows)
{
    const int height = static_cast<int>(rows.size());
    const int width = static_cast<int>(blockWidth(rows));
    if (row < 0 || column < 0 || height == 0 || width == 0)
        return;
    const int newRows = std::max(0, row + height - rowCount());
    const int newColumns = std::max(0, column + width - columnCount());

    // Cells the block does not reach (a short row) keep their value; cells outside the table are
    // gaps, which is what the inserted rows and columns hold.
    std::vector<std::vector<double>> oldBlock(rows.size(), std::vector<double>(static_cast<std::size_t>(width), kGap));
    std::vector<std::vector<double>> newBlock = oldBlock;
    bool changes = newRows > 0 || newColumns > 0;
    for (int r = 0; r < height; ++r) {
        for (int c = 0; c < width; ++c) {
            const auto ur = static_cast<std::size_t>(r);
            const auto uc = static_cast<std::size_t>(c);
            if (row + r < rowCount() && column + c < columnCount())
                oldBlock[ur][uc] = value(row + r, column + c);
            newBlock[ur][uc] = uc < rows[ur].size() ? rows[ur][uc] : oldBlock[ur][uc];
            changes = changes || !sameValue(oldBlock[ur][uc], newBlock[ur][uc]);
        }
    }
    if (!changes)
        return;
    if (newRows == 0 && newColumns == 0) {
        m_undoStack.push(new SetValuesCommand(this, row, column, std::move(oldBlock), std::move(newBlock)));
        return;
    }
    auto* paste = new SetValuesCommand(this, row, column, std::move(oldBlock), std::move(newBlock));
    m_undoStack.beginMacro(paste->text());
    for (int c = 0; c < newColumns; ++c) {
        Column added;
        added.name = tr("column %1").arg(columnCount() + 1);
        added.values = gaps(static_cast<std::size_t>(rowCount()));
        m_undoStack.push(new InsertColumnCommand(this, columnCount(), std::move(added)));
    }
    if (newRows > 0)
        m_undoStack.push(new InsertRowsCommand(this, rowCount(), newRows));
    m_undoStack.push(paste);
    m_undoStack.endMacro();
}

void Document::insertRows(int row, int count)
{
    if (count <= 0 || m_columns.empty())
        return;
    m_undoStack.push(new InsertRowsCommand(this, std::clamp(row, 0, rowCount()), count));
}

void Document::removeRows(int row, int count)
{
    if (row < 0 || row >= rowCount() || count <= 0)
        return;
    m_undoStack.push(new RemoveRowsCommand(this, row, std::min(count, rowCount() - row)));
}

void Document::insertColumn(int column, const QString& name)
{
    Column data;
    std::tie(data.name, data.unit) = splitNameAndUnit(name);
    data.values = gaps(static_cast<std::size_t>(rowCount()));
    m_undoStack.push(new InsertColumnCommand(this, std::clamp(column, 0, columnCount()), std::move(data)));
}

void Document::removeColumn(int column)
{
    if (column < 0 || column >= columnCount())
        return;
    m_undoStack.push(new RemoveColumnCommand(this, column));
}

void Document::renameColumn(int column, const QString& name, const QString& unit)
{
    if (column < 0 || column >= columnCount())
        return;
    if (this->column(column).name == name && this->column(column).unit == unit)
        return;
    m_undoStack.push(new RenameColumnCommand(this, column, name, unit));
}

void Document::setSettings(const DerivativeSettings& settings)
{
    if (settings == m_settings)
        return;
    m_undoStack.push(new SetSettingsCommand(this, settings));
}

void Document::setSmoothing(const SmoothingOptions& options, int gesture)
{
    DerivativeSettings settings = m_settings;
    settings.smoothing = options;
    settings.smoothing.order = settings.order;
    if (settings == m_settings)
        return;
    m_undoStack.push(new SetSmoothingCommand(this, std::move(settings), gesture));
}

void Document::sortByX()
{
    const int x = effectiveXColumn();
    if (x < 0)
        return;
    const std::vector<double>& keys = column(x).values;
    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), std::size_t { 0 });
    // Gaps go last; equal x keep their order.
    std::stable_sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) {
        if (std::isnan(keys[a]))
            return false;
        return std::isnan(keys[b]) || keys[a] < keys[b];
    });
    bool identity = true;
    for (std::size_t i = 0; i < order.size() && identity; ++i)
        identity = order[i] == i;
    if (identity)
        return;
    m_undoStack.push(new SortByXCommand(this, std::move(order)));
}

// ---- Applying changes (undo commands) ----

void Document::applyValues(int row, int column, const std::vector<std::vector<double>>& rows)
{
    const int height = static_cast<int>(rows.size());
    const int width = static_cast<int>(blockWidth(rows));
    if (height == 0 || width == 0)
        return;
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    for (int r = 0; r < height; ++r) {
        const auto& source = rows[static_cast<std::size_t>(r)];
        const auto at = static_cast<std::size_t>(row) + static_cast<std::size_t>(r);
        for (std::size_t c = 0; c < source.size(); ++c) {
            Column& target = m_columns.at(static_cast<std::size_t>(column) + c);
            target.values.at(at) = source[c];
            if (target.kind == ColumnKind::DateTime && at < target.text.size())
                target.text[at].clear(); // no longer as read: written as ISO 8601
        }
    }
    emit cellsChanged(row, row + height - 1, column, column + width - 1);
    m_derivatives.recomputeRows(row, row + height - 1, column, column + width - 1);
    m_derivatives.updateDiagnostics();
}

void Document::applyInsertRows(int row, const std::vector<std::vector<double>>& rowsByColumn,
    const std::vector<std::vector<QString>>& textByColumn)
{
    const int count = rowsByColumn.empty() ? 0 : static_cast<int>(rowsByColumn.front().size());
    if (count == 0 || rowsByColumn.size() != m_columns.size())
        return;
    emit rowsAboutToBeInserted(row, count);
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        auto& values = m_columns[c].values;
        values.insert(values.begin() + row, rowsByColumn[c].begin(), rowsByColumn[c].end());
        std::vector<QString>& text = m_columns[c].text;
        if (text.empty())
            continue;
        const bool restored = c < textByColumn.size() && textByColumn[c].size() == rowsByColumn[c].size();
        const auto at = text.begin() + row;
        if (restored)
            text.insert(at, textByColumn[c].begin(), textByColumn[c].end());
        else
            text.insert(at, rowsByColumn[c].size(), QString());
    }
    m_derivatives.recomputeAndNotify([&] { emit rowsInserted(row, count); });
}

std::vector<std::vector<double>> Document::applyRemoveRows(
    int row, int count, std::vector<std::vector<QString>>* removedText)
{
    std::vector<std::vector<double>> removed;
    count = std::min(count, rowCount() - row);
    if (row < 0 || count <= 0)
        return removed;
    emit rowsAboutToBeRemoved(row, count);
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    removed.reserve(m_columns.size());
    for (Column& column : m_columns) {
        const auto first = column.values.begin() + row;
        removed.emplace_back(first, first + count);
        column.values.erase(first, first + count);
        std::vector<QString> text;
        if (!column.text.empty()) {
            const auto from = column.text.begin() + row;
            text.assign(from, from + count);
            column.text.erase(from, from + count);
        }
        if (removedText)
            removedText->push_back(std::move(text));
    }
    m_derivatives.recomputeAndNotify([&] { emit rowsRemoved(row, count); });
    return removed;
}

void Document::applyInsertColumn(int column, const Column& data)
{
    emit aboutToReset();
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    Column inserted = data;
    if (!m_columns.empty())
        inserted.values.resize(static_cast<std::size_t>(rowCount()), kGap);
    const DerivativeSettings old = m_settings;
    m_settings = shiftColumns(m_settings, column, +1, -1, columnCount());
    m_columns.insert(m_columns.begin() + column, std::move(inserted));
    m_derivatives.recomputeAndNotify([&] {
        emit columnsChanged();
        if (!(old == m_settings))
            emit settingsChanged();
    });
}

Column Document::applyRemoveColumn(int column)
{
    emit aboutToReset();
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    Column removed = std::move(m_columns.at(static_cast<std::size_t>(column)));
    m_columns.erase(m_columns.begin() + column);
    const DerivativeSettings old = m_settings;
    m_settings = shiftColumns(m_settings, column + 1, -1, column, columnCount() + 1);
    m_derivatives.recomputeAndNotify([&] {
        emit columnsChanged();
        if (!(old == m_settings))
            emit settingsChanged();
    });
    return removed;
}

void Document::applyRename(int column, const QString& name, const QString& unit)
{
    emit aboutToReset();
    Column& c = m_columns.at(static_cast<std::size_t>(column));
    c.name = name;
    c.unit = unit;
    emit columnsChanged();
    m_derivatives.updateDiagnostics();
}

void Document::applySettings(const DerivativeSettings& settings)
{
    emit aboutToReset();
    m_settings = settings;
    m_derivatives.recomputeAndNotify([this] { emit settingsChanged(); });
}

void Document::applyRowOrder(const std::vector<std::size_t>& order)
{
    emit aboutToReset();
    m_derivatives.releaseColumns(); // a computation in the background may be copying them
    for (Column& column : m_columns) {
        std::vector<double> reordered(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            reordered[i] = column.values[order[i]];
        column.values = std::move(reordered);
        if (column.text.empty())
            continue;
        std::vector<QString> text(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            text[i] = column.text[order[i]];
        column.text = std::move(text);
    }
    m_derivatives.recomputeAndNotify([this] { emit tableReset(); });
}

} // namespace tangent::ui
