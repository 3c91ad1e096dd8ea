// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/table/tablemodel.h"

#include "core/time/datetime.h"
#include "ui/document/document.h"
#include "ui/document/equivalentcall.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace tangent::ui {
namespace {

/// The default locale (the window's language) without group separators: parseCell rejects them,
/// so what an editor starts from must not contain them.
QLocale displayLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

QString numberText(double value)
{
    return displayLocale().toString(value, 'g', 10);
}

/// Shortest text that reads back to exactly `value`: what an editor should start from.
QString exactText(double value)
{
    return displayLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString cellText(const Column& column, double value, bool exact)
{
    if (std::isnan(value))
        return {};
    if (column.kind == ColumnKind::DateTime && std::isfinite(value))
        return QString::fromStdString(formatDateTime(value));
    return exact ? exactText(value) : numberText(value);
}

/// The exact value as CSV files carry it, whatever the locale (`column` null for a derivative).
QString cText(const Column* column, double value)
{
    if (std::isnan(value))
        return {};
    if (column && column->kind == ColumnKind::DateTime && std::isfinite(value))
        return QString::fromStdString(formatDateTime(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QColor derivativeBackground()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = palette.color(QPalette::Highlight);
    constexpr double weight = 0.12;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - weight) + tint.redF() * weight),
        static_cast<float>(base.greenF() * (1 - weight) + tint.greenF() * weight),
        static_cast<float>(base.blueF() * (1 - weight) + tint.blueF() * weight));
}

/// Amber over the base colour: the rows the Explain panel's value was computed from. `strong` for
/// the derivative cell itself. Amber stays distinct from the selection and the derivative tint.
QColor highlightBackground(bool strong)
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const QColor amber(255, 190, 40);
    const double weight = strong ? 0.75 : 0.4;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - weight) + amber.redF() * weight),
        static_cast<float>(base.greenF() * (1 - weight) + amber.greenF() * weight),
        static_cast<float>(base.blueF() * (1 - weight) + amber.blueF() * weight));
}

/// A cell of a text column (a group's name): shown as read, left-aligned like text.
QVariant textCellData(const QString& text, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return text;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace

TableModel::TableModel(Document* document, QObject* parent, int rowsPerFetch)
    : QAbstractTableModel(parent),
      m_document(document),
      m_rowsPerFetch(std::max(1, rowsPerFetch)),
      m_shownRows(std::min(document->rowCount(), m_rowsPerFetch))
{
    connectDocument();
}

void TableModel::setDocument(Document* document)
{
    if (document == m_document)
        return;
    beginResetModel();
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_resetting = false;
    m_pendingRows = 0;
    m_shownRows = std::min(m_document->rowCount(), m_rowsPerFetch);
    m_highlightedRows.clear();
    m_highlightedColumn = -1;
    m_highlightedDerivativeRow = -1;
    connectDocument();
    const QScopedValueRollback signalling(m_signalling, true);
    endResetModel();
}

void TableModel::connectDocument()
{
    // Rows past the ones shown so far change nothing a view has seen: only the shown part is told.
    connect(
        m_document, &Document::cellsChanged, this, [this](int firstRow, int lastRow, int firstColumn, int lastColumn) {
            lastRow = std::min(lastRow, m_shownRows - 1);
            const QScopedValueRollback signalling(m_signalling, true);
            if (firstRow <= lastRow)
                emit dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
        });
    connect(m_document, &Document::derivativesChanged, this, [this](int firstRow, int lastRow) {
        const int count = static_cast<int>(m_document->derivatives().results().size());
        lastRow = std::min(lastRow, m_shownRows - 1);
        if (m_resetting || count == 0 || lastRow < firstRow)
            return;
        const int first = m_document->columnCount();
        const QScopedValueRollback signalling(m_signalling, true);
        emit dataChanged(index(firstRow, first), index(lastRow, first + count - 1));
    });
    connect(m_document, &Document::rowsAboutToBeInserted, this, [this](int row, int count) {
        // Before the change: the document still has its old row count.
        const bool allShown = m_shownRows == m_document->rowCount();
        m_pendingRows = row < m_shownRows || (allShown && row == m_shownRows) ? count : 0;
        const QScopedValueRollback signalling(m_signalling, true);
        if (m_pendingRows > 0)
            beginInsertRows({}, row, row + count - 1);
    });
    connect(m_document, &Document::rowsInserted, this, [this] {
        if (m_pendingRows > 0) {
            m_shownRows += std::exchange(m_pendingRows, 0);
            const QScopedValueRollback signalling(m_signalling, true);
            endInsertRows();
        }
    });
    connect(m_document, &Document::rowsAboutToBeRemoved, this, [this](int row, int count) {
        m_pendingRows = std::max(0, std::min(row + count, m_shownRows) - row);
        const QScopedValueRollback signalling(m_signalling, true);
        if (m_pendingRows > 0)
            beginRemoveRows({}, row, row + m_pendingRows - 1);
    });
    connect(m_document, &Document::rowsRemoved, this, [this] {
        if (m_pendingRows > 0) {
            m_shownRows -= std::exchange(m_pendingRows, 0);
            const QScopedValueRollback signalling(m_signalling, true);
            endRemoveRows();
        }
    });
    connect(m_document, &Document::aboutToReset, this, [this] {
        if (!m_resetting) {
            beginResetModel();
            m_resetting = true;
        }
    });
    connect(m_document, &Document::tableReset, this, &TableModel::endReset);
    connect(m_document, &Document::columnsChanged, this, &TableModel::endReset);
    connect(m_document, &Document::settingsChanged, this, &TableModel::endReset);
}

void TableModel::endReset()
{
    if (!m_resetting)
        beginResetModel();
    m_resetting = false;
    m_shownRows = std::min(m_document->rowCount(), m_rowsPerFetch);
    const QScopedValueRollback signalling(m_signalling, true);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

bool TableModel::canFetchMore(const QModelIndex& parent) const
{
    // Not from inside the model's own signals (a view or the model tester reacting to a change):
    // views fetch when they show the last row, not whenever something changed.
    return !parent.isValid() && !m_signalling && !m_resetting && m_shownRows < m_document->rowCount();
}

void TableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        showRowsThrough(m_shownRows + m_rowsPerFetch - 1);
}

void TableModel::showRowsThrough(int row)
{
    const int last = std::min(row, m_document->rowCount() - 1);
    if (last < m_shownRows || m_resetting || m_signalling)
        return;
    const QScopedValueRollback signalling(m_signalling, true);
    beginInsertRows({}, m_shownRows, last);
    m_shownRows = last + 1;
    endInsertRows();
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_document->columnCount() + static_cast<int>(m_document->derivatives().results().size());
}

bool TableModel::isDerivativeColumn(int modelColumn) const
{
    return derivativeColumnFor(modelColumn) >= 0;
}

int TableModel::derivativeColumnFor(int modelColumn) const
{
    const int k = modelColumn - m_document->columnCount();
    return k >= 0 && k < static_cast<int>(m_document->derivatives().results().size()) ? k : -1;
}

int TableModel::modelColumnForDerivative(int yColumn) const
{
    const auto& results = m_document->derivatives().results();
    for (std::size_t k = 0; k < results.size(); ++k)
        if (results[k].yColumn == yColumn)
            return m_document->columnCount() + static_cast<int>(k);
    return -1;
}

QVariant TableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int k = derivativeColumnFor(index.column());
    if (k >= 0) {
        const DerivativeResult& result = m_document->derivatives().results()[static_cast<std::size_t>(k)];
        const double value = result.values.at(static_cast<std::size_t>(row));
        switch (role) {
        case Qt::DisplayRole:
            return std::isnan(value) ? QString() : numberText(value);
        case Qt::EditRole:
            return std::isnan(value) ? QString() : exactText(value);
        case CTextRole:
            return cText(nullptr, value);
        case Qt::ToolTipRole:
            if (!result.error.isEmpty())
                return result.error;
            return std::isnan(value) ? tr("NaN: a gap or a repeated x next to this row") : exactText(value);
        case Qt::BackgroundRole:
            if (row == m_highlightedDerivativeRow && (m_highlightedColumn < 0 || m_highlightedColumn == result.yColumn))
                return highlightBackground(true);
            return derivativeBackground();
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const Column& column = m_document->column(index.column());
    if (column.fromText)
        return textCellData(m_document->cellText(row, index.column()), role);
    const double value = column.values.at(static_cast<std::size_t>(row));
    switch (role) {
    case Qt::DisplayRole:
        return cellText(column, value, false);
    case Qt::EditRole:
        return cellText(column, value, true);
    case CTextRole:
        return cText(&column, value);
    case Qt::ToolTipRole:
        return std::isnan(value) ? tr("gap (NaN)") : cellText(column, value, true);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return isHighlighted(row, index.column()) ? QVariant(highlightBackground(false)) : QVariant();
    default:
        return {};
    }
}

bool TableModel::isHighlighted(int row, int documentColumn) const
{
    if (!m_highlightedRows.contains(row))
        return false;
    if (m_highlightedColumn >= 0)
        return documentColumn == m_highlightedColumn;
    return m_document->derivatives().resultFor(documentColumn) != nullptr;
}

void TableModel::setHighlightedRows(const QList<int>& rows, int yColumn, int derivativeRow)
{
    if (rows == m_highlightedRows && yColumn == m_highlightedColumn && derivativeRow == m_highlightedDerivativeRow)
        return;
    QList<int> changed = m_highlightedRows;
    changed << rows << m_highlightedDerivativeRow << derivativeRow;
    m_highlightedRows = rows;
    m_highlightedColumn = yColumn;
    m_highlightedDerivativeRow = derivativeRow;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    emitRowsChanged(changed);
}

void TableModel::emitRowsChanged(const QList<int>& rows)
{
    // Rows may be stale after rows were removed; a reset in progress repaints everything anyway.
    const int last = columnCount() - 1;
    if (m_resetting || last < 0)
        return;
    const QScopedValueRollback signalling(m_signalling, true);
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            emit dataChanged(index(row, 0), index(row, last), { Qt::BackgroundRole });
}

std::optional<double> TableModel::parseCell(const QString& text, int row, int column, QString* error) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    const Column& target = m_document->column(column);
    const QString where = tr("(row %1, column '%2')").arg(row + 1).arg(target.name);
    if (target.kind == ColumnKind::DateTime) {
        if (auto seconds = parseDateTime(trimmed.toStdString()))
            return seconds;
        if (error)
            *error = tr("'%1' is not a date %2; write it as 2024-01-31 or 2024-01-31T12:00:00").arg(trimmed, where);
        return std::nullopt;
    }
    // Group separators are rejected: "1,500" would mean 1.5 to some users and 1500 to others.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = locale.toDouble(trimmed, &ok);
    if (!ok) {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        value = c.toDouble(trimmed, &ok);
    }
    if (ok)
        return value;
    if (error)
        *error = tr("'%1' is not a number %2").arg(trimmed, where);
    return std::nullopt;
}

bool TableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || isDerivativeColumn(index.column())
        || m_document->column(index.column()).fromText)
        return false;
    QString error;
    const std::optional<double> parsed = parseCell(value.toString(), index.row(), index.column(), &error);
    if (!parsed) {
        emit invalidInput(error);
        return false;
    }
    m_document->setValue(index.row(), index.column(), *parsed);
    return true;
}

Qt::ItemFlags TableModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // Text columns are shown as read; the table edits numbers and dates only.
    const bool readOnly = isDerivativeColumn(index.column()) || m_document->column(index.column()).fromText;
    return readOnly ? flags : flags | Qt::ItemIsEditable;
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const int k = derivativeColumnFor(section);
    if (k < 0) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_document->columnTitle(section);
        // The whole header first: a narrow column elides it in the middle.
        if (role == Qt::ToolTipRole && m_document->column(section).fromText)
            return tr("%1\nThis column holds text that is neither numbers nor dates: it is not differentiated, but "
                      "it can group the rows (Group by).")
                .arg(m_document->columnTitle(section));
        if (role == Qt::ToolTipRole)
            return m_document->columnTitle(section);
        return {};
    }
    const DerivativeResult& result = m_document->derivatives().results()[static_cast<std::size_t>(k)];
    switch (role) {
    case Qt::DisplayRole:
        return m_document->derivatives().derivativeTitle(result.yColumn);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(m_document->derivatives().derivativeTitle(result.yColumn),
            result.error.isEmpty() ? tr("Computed as %1").arg(equivalentCall(*m_document, result).text) : result.error);
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    default:
        return {};
    }
}

} // namespace tangent::ui
