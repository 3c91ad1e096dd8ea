#include "ui/table/tablemodel.h"

#include "core/time/datetime.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

QString numberText(double value)
{
    return QString::number(value, 'g', 10);
}

/// Shortest text that reads back to exactly `value`: what an editor should start from.
QString exactText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString cellText(const Column& column, double value, bool exact)
{
    if (std::isnan(value))
        return {};
    if (column.kind == ColumnKind::DateTime && std::isfinite(value))
        return QString::fromStdString(formatDateTime(value));
    return exact ? exactText(value) : numberText(value);
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

} // namespace

TableModel::TableModel(Document* document, QObject* parent) : QAbstractTableModel(parent), m_document(document)
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
    m_highlightedRows.clear();
    m_highlightedColumn = -1;
    m_highlightedDerivativeRow = -1;
    connectDocument();
    endResetModel();
}

void TableModel::connectDocument()
{
    connect(
        m_document, &Document::cellsChanged, this, [this](int firstRow, int lastRow, int firstColumn, int lastColumn) {
            emit dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
        });
    connect(m_document, &Document::derivativesChanged, this, [this](int firstRow, int lastRow) {
        const int count = static_cast<int>(m_document->results().size());
        if (m_resetting || count == 0 || lastRow < firstRow)
            return;
        const int first = m_document->columnCount();
        emit dataChanged(index(firstRow, first), index(lastRow, first + count - 1));
    });
    connect(m_document, &Document::rowsAboutToBeInserted, this,
        [this](int row, int count) { beginInsertRows({}, row, row + count - 1); });
    connect(m_document, &Document::rowsInserted, this, [this] { endInsertRows(); });
    connect(m_document, &Document::rowsAboutToBeRemoved, this,
        [this](int row, int count) { beginRemoveRows({}, row, row + count - 1); });
    connect(m_document, &Document::rowsRemoved, this, [this] { endRemoveRows(); });
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
    endResetModel();
}

int TableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->rowCount();
}

int TableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_document->columnCount() + static_cast<int>(m_document->results().size());
}

bool TableModel::isDerivativeColumn(int modelColumn) const
{
    return derivativeColumnFor(modelColumn) >= 0;
}

int TableModel::derivativeColumnFor(int modelColumn) const
{
    const int k = modelColumn - m_document->columnCount();
    return k >= 0 && k < static_cast<int>(m_document->results().size()) ? k : -1;
}

int TableModel::modelColumnForDerivative(int yColumn) const
{
    const auto& results = m_document->results();
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
        const DerivativeResult& result = m_document->results()[static_cast<std::size_t>(k)];
        const double value = result.values.at(static_cast<std::size_t>(row));
        switch (role) {
        case Qt::DisplayRole:
            return std::isnan(value) ? QString() : numberText(value);
        case Qt::EditRole:
            return std::isnan(value) ? QString() : exactText(value);
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
    const double value = column.values.at(static_cast<std::size_t>(row));
    switch (role) {
    case Qt::DisplayRole:
        return cellText(column, value, false);
    case Qt::EditRole:
        return cellText(column, value, true);
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
    return m_document->resultFor(documentColumn) != nullptr;
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
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || isDerivativeColumn(index.column()))
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
    return isDerivativeColumn(index.column()) ? flags : flags | Qt::ItemIsEditable;
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
        if (role == Qt::ToolTipRole && m_document->column(section).fromText)
            return tr("This column holds text that is neither numbers nor dates; it is shown empty.");
        return {};
    }
    const DerivativeResult& result = m_document->results()[static_cast<std::size_t>(k)];
    switch (role) {
    case Qt::DisplayRole:
        return m_document->derivativeTitle(result.yColumn);
    case Qt::ToolTipRole:
        return result.error.isEmpty() ? tr("Computed as %1").arg(m_document->numpyCall()) : result.error;
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
