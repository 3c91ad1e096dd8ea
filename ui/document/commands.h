// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The undo commands: one per user action, each storing old and new values by row/column index and
// applying them through Document's apply* methods. Commands never merge.

#include "ui/document/document.h"

#include <QUndoCommand>

#include <vector>

namespace tangent::ui {

/// "A", "B", ..., "Z", "AA", ... for a 0-based column index, as spreadsheets name columns.
QString columnLetters(int column);

/// Sets a rectangular block of cells (one cell or a pasted block).
class SetValuesCommand : public QUndoCommand {
public:
    /// `oldRows` and `newRows` are rows of equal width, starting at (row, column).
    SetValuesCommand(Document* document, int row, int column, std::vector<std::vector<double>> oldRows,
        std::vector<std::vector<double>> newRows, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_row;
    int m_column;
    std::vector<std::vector<double>> m_old;
    std::vector<std::vector<double>> m_new;
};

/// Inserts `count` empty rows (gaps in every column) before `row`.
class InsertRowsCommand : public QUndoCommand {
public:
    InsertRowsCommand(Document* document, int row, int count, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_row;
    int m_count;
};

/// Removes `count` rows starting at `row`, keeping their values for undo.
class RemoveRowsCommand : public QUndoCommand {
public:
    RemoveRowsCommand(Document* document, int row, int count, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_row;
    int m_count;
    std::vector<std::vector<double>> m_removed; ///< by column
    std::vector<std::vector<QString>> m_removedText; ///< by column (text columns only)
};

/// Inserts a column before `column`.
class InsertColumnCommand : public QUndoCommand {
public:
    InsertColumnCommand(Document* document, int column, Column data, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_column;
    Column m_data;
};

/// Removes a column; undo restores it and the settings (x and y choices) it had.
class RemoveColumnCommand : public QUndoCommand {
public:
    RemoveColumnCommand(Document* document, int column, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_column;
    Column m_data;
    DerivativeSettings m_settings;
};

/// Renames a column and/or changes its unit.
class RenameColumnCommand : public QUndoCommand {
public:
    RenameColumnCommand(Document* document, int column, QString name, QString unit, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_column;
    QString m_oldName;
    QString m_oldUnit;
    QString m_newName;
    QString m_newUnit;
};

/// Changes the derivative settings.
class SetSettingsCommand : public QUndoCommand {
public:
    SetSettingsCommand(Document* document, DerivativeSettings settings, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    DerivativeSettings m_old;
    DerivativeSettings m_new;
};

/// Puts the rows in x order; undo restores the old order. Keeps only the permutation.
class SortByXCommand : public QUndoCommand {
public:
    /// Sorted row i is the present row order[i].
    SortByXCommand(Document* document, std::vector<std::size_t> order, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document* m_document;
    std::vector<std::size_t> m_order;
};

} // namespace tangent::ui
