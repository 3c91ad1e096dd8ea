// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The table: a QTableView over TableModel with spreadsheet-style copy, paste, clearing, inserting
// and deleting rows and columns, and renaming columns. Every action is one Document edit.

#include <QList>
#include <QTableView>

#include <utility>

class QAction;
class QTimer;

namespace tangent::ui {

class Document;

class DataTableView : public QTableView {
    Q_OBJECT
public:
    explicit DataTableView(Document* document, QWidget* parent = nullptr);
    /// Edits `document` from now on (the window's current tab; the model is switched with it).
    void setDocument(Document* document) { m_document = document; }
    void setModel(QAbstractItemModel* model) override;

    /// The widest a column is made by fitColumns(): wider headers are elided in the middle (the
    /// whole header is the tooltip) and wider cells scroll.
    static constexpr int kColumnCap = 170;
    /// Sizes every column to its header and cells, up to kColumnCap; then columnsFitted().
    void fitColumns();
    /// The width that shows every column as fitted, with the row numbers and a scroll bar.
    [[nodiscard]] int fittedWidth() const;

    /// What the context menu offers, in order; nullptr is a separator. The window's actions carry
    /// the shortcuts, so menus and keys agree.
    void setContextActions(QList<QAction*> actions) { m_contextActions = std::move(actions); }

public slots:
    void copySelection();
    void paste();
    /// Pastes `text` (tab-separated) at the current cell; one undo step.
    void pasteText(const QString& text);
    void clearSelection();
    void insertRow();
    void removeSelectedRows();
    void insertColumn();
    void removeCurrentColumn();
    void renameCurrentColumn();
    /// Selects data row `row` (0-based) and scrolls to it.
    void selectDataRow(int row);

signals:
    void message(const QString& text);
    /// The current cell moved to another data row (-1 when none).
    void currentDataRowChanged(int row);
    /// fitColumns() sized the columns anew (after a load or a change of columns).
    void columnsFitted();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    /// Document column of the current index, or -1 for a derivative column.
    [[nodiscard]] int currentDocumentColumn() const;

    Document* m_document;
    QList<QAction*> m_contextActions;
    QTimer* m_fitTimer; // coalesces the model's resets and new columns into one fit
};

} // namespace tangent::ui
