// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/commands.h"

#include <QCoreApplication>

#include <limits>

#include <utility>

namespace tangent::ui {
namespace {

// tr() for code outside a QObject; lupdate reads the context from the macro.
class Commands {
    Q_DECLARE_TR_FUNCTIONS(tangent::ui::Commands)
};

QString quoted(const QString& name)
{
    return QStringLiteral("'%1'").arg(name);
}

int blockWidth(const std::vector<std::vector<double>>& rows)
{
    return rows.empty() ? 0 : static_cast<int>(rows.front().size());
}

QString valuesText(int row, int column, const std::vector<std::vector<double>>& rows)
{
    const int height = static_cast<int>(rows.size());
    const int width = blockWidth(rows);
    if (height == 1 && width == 1)
        return Commands::tr("Edit cell %1%2").arg(columnLetters(column)).arg(row + 1);
    return Commands::tr("Paste %1×%2 cells").arg(height).arg(width);
}

QString columnName(const Document& document, int column)
{
    if (column < 0 || column >= document.columnCount())
        return Commands::tr("x");
    return document.column(column).name;
}

/// Names the first thing that differs, so the Edit menu says "Undo Edge order 2" and not just
/// "Undo Change settings".
QString settingsText(const Document& document, const DerivativeSettings& from, const DerivativeSettings& to)
{
    if (from.xColumn != to.xColumn) {
        if (to.xColumn < 0)
            return Commands::tr("Use uniform spacing dx");
        return Commands::tr("Use %1 as x").arg(quoted(columnName(document, to.xColumn)));
    }
    if (from.dx != to.dx)
        return Commands::tr("Set dx to %1").arg(QString::number(to.dx, 'g', 10));
    if (from.yColumns != to.yColumns)
        return Commands::tr("Choose y columns");
    if (from.edgeOrder != to.edgeOrder)
        return Commands::tr("Set edge order %1").arg(to.edgeOrder);
    if (from.order != to.order)
        return Commands::tr("Set derivative order %1").arg(to.order);
    if (from.timeUnit != to.timeUnit)
        return Commands::tr("Express derivatives per %1").arg(timeUnitLabel(to.timeUnit));
    return Commands::tr("Change derivative settings");
}

} // namespace

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

SetValuesCommand::SetValuesCommand(Document* document, int row, int column, std::vector<std::vector<double>> oldRows,
    std::vector<std::vector<double>> newRows, QUndoCommand* parent)
    : QUndoCommand(valuesText(row, column, newRows), parent),
      m_document(document),
      m_row(row),
      m_column(column),
      m_old(std::move(oldRows)),
      m_new(std::move(newRows))
{
}

void SetValuesCommand::redo()
{
    m_document->applyValues(m_row, m_column, m_new);
}

void SetValuesCommand::undo()
{
    m_document->applyValues(m_row, m_column, m_old);
}

InsertRowsCommand::InsertRowsCommand(Document* document, int row, int count, QUndoCommand* parent)
    : QUndoCommand(
        count == 1 ? Commands::tr("Insert row %1").arg(row + 1) : Commands::tr("Insert %1 rows").arg(count), parent),
      m_document(document),
      m_row(row),
      m_count(count)
{
}

void InsertRowsCommand::redo()
{
    const auto empty = std::vector<double>(static_cast<std::size_t>(m_count), std::numeric_limits<double>::quiet_NaN());
    m_document->applyInsertRows(
        m_row, std::vector<std::vector<double>>(static_cast<std::size_t>(m_document->columnCount()), empty));
}

void InsertRowsCommand::undo()
{
    m_document->applyRemoveRows(m_row, m_count);
}

RemoveRowsCommand::RemoveRowsCommand(Document* document, int row, int count, QUndoCommand* parent)
    : QUndoCommand(
        count == 1 ? Commands::tr("Delete row %1").arg(row + 1) : Commands::tr("Delete %1 rows").arg(count), parent),
      m_document(document),
      m_row(row),
      m_count(count)
{
}

void RemoveRowsCommand::redo()
{
    m_removedText.clear();
    m_removed = m_document->applyRemoveRows(m_row, m_count, &m_removedText);
}

void RemoveRowsCommand::undo()
{
    m_document->applyInsertRows(m_row, m_removed, m_removedText);
}

InsertColumnCommand::InsertColumnCommand(Document* document, int column, Column data, QUndoCommand* parent)
    : QUndoCommand(Commands::tr("Insert column %1").arg(quoted(data.name)), parent),
      m_document(document),
      m_column(column),
      m_data(std::move(data))
{
}

void InsertColumnCommand::redo()
{
    m_document->applyInsertColumn(m_column, m_data);
}

void InsertColumnCommand::undo()
{
    m_data = m_document->applyRemoveColumn(m_column);
}

RemoveColumnCommand::RemoveColumnCommand(Document* document, int column, QUndoCommand* parent)
    : QUndoCommand(Commands::tr("Delete column %1").arg(quoted(document->column(column).name)), parent),
      m_document(document),
      m_column(column)
{
}

void RemoveColumnCommand::redo()
{
    m_settings = m_document->settings();
    m_data = m_document->applyRemoveColumn(m_column);
}

void RemoveColumnCommand::undo()
{
    m_document->applyInsertColumn(m_column, m_data);
    m_document->applySettings(m_settings);
}

RenameColumnCommand::RenameColumnCommand(
    Document* document, int column, QString name, QString unit, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_document(document),
      m_column(column),
      m_oldName(document->column(column).name),
      m_oldUnit(document->column(column).unit),
      m_newName(std::move(name)),
      m_newUnit(std::move(unit))
{
    if (m_oldName != m_newName)
        setText(Commands::tr("Rename column %1 to %2").arg(quoted(m_oldName), quoted(m_newName)));
    else
        setText(Commands::tr("Set the unit of %1 to %2").arg(quoted(m_newName), quoted(m_newUnit)));
}

void RenameColumnCommand::redo()
{
    m_document->applyRename(m_column, m_newName, m_newUnit);
}

void RenameColumnCommand::undo()
{
    m_document->applyRename(m_column, m_oldName, m_oldUnit);
}

SetSettingsCommand::SetSettingsCommand(Document* document, DerivativeSettings settings, QUndoCommand* parent)
    : QUndoCommand(settingsText(*document, document->settings(), settings), parent),
      m_document(document),
      m_old(document->settings()),
      m_new(std::move(settings))
{
}

void SetSettingsCommand::redo()
{
    m_document->applySettings(m_new);
}

void SetSettingsCommand::undo()
{
    m_document->applySettings(m_old);
}

SortByXCommand::SortByXCommand(Document* document, std::vector<std::size_t> order, QUndoCommand* parent)
    : QUndoCommand(Commands::tr("Sort by %1").arg(quoted(columnName(*document, document->effectiveXColumn()))), parent),
      m_document(document),
      m_order(std::move(order))
{
}

void SortByXCommand::redo()
{
    m_document->applyRowOrder(m_order);
}

void SortByXCommand::undo()
{
    // The inverse permutation: the sorted row i goes back to where it came from, m_order[i].
    std::vector<std::size_t> inverse(m_order.size());
    for (std::size_t i = 0; i < m_order.size(); ++i)
        inverse[m_order[i]] = i;
    m_document->applyRowOrder(inverse);
}

} // namespace tangent::ui
