// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/table/datatableview.h"

#include "ui/document/document.h"
#include "ui/table/clipboardtable.h"
#include "ui/table/tablemodel.h"
#include "ui/table/visiblecelldelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace tangent::ui {

DataTableView::DataTableView(Document* document, QWidget* parent) : QTableView(parent), m_document(document)
{
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setDefaultSectionSize(110);
    // A long header keeps its start and its unit: "d(signal)/d(t)" never loses its first letters.
    horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    // A number is one line: with wrapping, Qt breaks "0.0021557…" after "0." and shows "0.…".
    setWordWrap(false);
    // A column cut by the right edge shows its right-aligned numbers in the part in view.
    setItemDelegate(new VisibleCellDelegate(this));
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &DataTableView::fitColumns);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionsClickable(true);
    connect(horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (section < m_document->columnCount()) {
            setCurrentIndex(model()->index(std::max(0, currentIndex().row()), section));
            renameCurrentColumn();
        }
    });
    setToolTip(tr("Double-click or type to edit a cell; an emptied cell becomes a gap"));
    setAccessibleName(tr("Data table"));
    setAccessibleDescription(tr("The data columns followed by their derivatives, which are computed and read-only"));
}

void DataTableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (!model)
        return;
    const auto fit = [this] { m_fitTimer->start(); };
    connect(model, &QAbstractItemModel::modelReset, this, fit);
    connect(model, &QAbstractItemModel::columnsInserted, this, fit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, fit);
    fit();
}

void DataTableView::fitColumns()
{
    if (!model())
        return;
    constexpr int kLeast = 56;
    QHeaderView* header = horizontalHeader();
    for (int c = 0; c < model()->columnCount(); ++c) {
        // The header's own width counts up to the cap: past it the header is elided, not the cells.
        const int wanted = std::max(sizeHintForColumn(c), header->sectionSizeHint(c));
        header->resizeSection(c, std::clamp(wanted, kLeast, kColumnCap));
    }
    emit columnsFitted();
}

int DataTableView::fittedWidth() const
{
    int width
        = verticalHeader()->sizeHint().width() + 2 * frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int c = 0; c < horizontalHeader()->count(); ++c)
        width += horizontalHeader()->sectionSize(c);
    return width;
}

int DataTableView::currentDocumentColumn() const
{
    const int column = currentIndex().isValid() ? currentIndex().column() : -1;
    return column < m_document->columnCount() ? column : -1;
}

void DataTableView::copySelection()
{
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        return;
    // Derivatives still computing in the background: copy what they compute, never the values
    // shown meanwhile.
    if (m_document)
        m_document->derivatives().finishComputing();
    int top = std::numeric_limits<int>::max();
    int left = top;
    int bottom = -1;
    int right = -1;
    for (const QModelIndex& i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QList<QStringList> rows;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            const QModelIndex index = model()->index(r, c);
            cells << (selectionModel()->isSelected(index) ? model()->data(index, TableModel::CTextRole).toString()
                                                          : QString());
        }
        rows << cells;
    }
    QApplication::clipboard()->setText(formatClipboardTable(rows));
    emit message(tr("Copied %1×%2 cells").arg(bottom - top + 1).arg(right - left + 1));
}

void DataTableView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void DataTableView::pasteText(const QString& text)
{
    if (text.isEmpty())
        return;
    const int row = std::max(0, currentIndex().row());
    const int column = currentDocumentColumn();
    if (column < 0) {
        emit message(tr("Derivative columns are computed; paste into a data column"));
        return;
    }
    QList<ColumnKind> kinds;
    for (int c = column; c < m_document->columnCount(); ++c)
        kinds << m_document->column(c).kind;
    const ClipboardBlock block = parseClipboardTable(text, kinds);
    if (!block.ok()) {
        emit message(tr("Nothing pasted: %1 (row %2, column %3 of the pasted block)")
                         .arg(block.error)
                         .arg(block.errorRow + 1)
                         .arg(block.errorColumn + 1));
        return;
    }
    m_document->setBlock(row, column, block.rows);
    emit message(tr("Pasted %n row(s)", nullptr, static_cast<int>(block.rows.size())));
}

void DataTableView::clearSelection()
{
    const QModelIndexList indexes = selectionModel()->selectedIndexes();
    int top = std::numeric_limits<int>::max();
    int left = top;
    int bottom = -1;
    int right = -1;
    for (const QModelIndex& i : indexes) {
        if (i.column() >= m_document->columnCount())
            continue;
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    if (bottom < 0)
        return;
    // One undo step for the whole block; unselected cells inside it keep their values.
    std::vector<std::vector<double>> block(static_cast<std::size_t>(bottom - top + 1));
    for (int r = top; r <= bottom; ++r) {
        auto& row = block[static_cast<std::size_t>(r - top)];
        for (int c = left; c <= right; ++c) {
            const bool selected = selectionModel()->isSelected(model()->index(r, c));
            row.push_back(selected ? std::numeric_limits<double>::quiet_NaN() : m_document->value(r, c));
        }
    }
    m_document->setBlock(top, left, block);
}

void DataTableView::insertRow()
{
    const int row = currentIndex().isValid() ? currentIndex().row() : m_document->rowCount();
    m_document->insertRows(row, 1);
    selectDataRow(row);
}

void DataTableView::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex& i : selectionModel()->selectedIndexes())
        if (!rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Contiguous selections are one command; a scattered selection is one macro.
    QUndoStack* stack = m_document->undoStack();
    const bool macro = rows.last() - rows.first() + 1 != rows.size();
    if (macro)
        stack->beginMacro(tr("Delete %n row(s)", nullptr, static_cast<int>(rows.size())));
    if (macro) {
        // Last row first, so that the earlier rows keep their numbers.
        // NOLINTNEXTLINE(modernize-loop-convert)
        for (auto it = rows.crbegin(); it != rows.crend(); ++it)
            m_document->removeRows(*it, 1);
        stack->endMacro();
    } else {
        m_document->removeRows(rows.first(), static_cast<int>(rows.size()));
    }
}

void DataTableView::insertColumn()
{
    const int column = currentDocumentColumn() >= 0 ? currentDocumentColumn() + 1 : m_document->columnCount();
    m_document->insertColumn(column, tr("column %1").arg(m_document->columnCount() + 1));
}

void DataTableView::removeCurrentColumn()
{
    const int column = currentDocumentColumn();
    if (column >= 0)
        m_document->removeColumn(column);
}

void DataTableView::renameCurrentColumn()
{
    const int column = currentDocumentColumn();
    if (column < 0)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rename column"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(m_document->column(column).name, &dialog);
    auto* unit = new QLineEdit(m_document->column(column).unit, &dialog);
    unit->setPlaceholderText(tr("e.g. °C, m/s"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Unit:"), unit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted && !name->text().trimmed().isEmpty())
        m_document->renameColumn(column, name->text().trimmed(), unit->text().trimmed());
}

void DataTableView::selectDataRow(int row)
{
    if (auto* table = qobject_cast<TableModel*>(model()))
        table->showRowsThrough(row); // a row of a big table may not be shown yet
    if (row < 0 || row >= model()->rowCount())
        return;
    const int column = currentIndex().isValid() ? currentIndex().column() : 0;
    const QModelIndex index = model()->index(row, column);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void DataTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row())
        emit currentDataRowChanged(current.isValid() ? current.row() : -1);
}

void DataTableView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    for (QAction* action : m_contextActions) {
        if (action == nullptr)
            menu.addSeparator();
        else
            menu.addAction(action);
    }
    menu.exec(event->globalPos());
}

} // namespace tangent::ui
