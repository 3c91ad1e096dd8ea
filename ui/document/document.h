// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document: the table's columns, the derivative settings and the undo stack, with the derivatives
// kept up to date (ui/document/derivatives/). Every change goes through an undo command; views
// observe the signals and never keep copies.

#include "core/io/csv.h"
#include "core/time/timeunit.h"
#include "ui/document/derivatives/documentderivatives.h"
#include "ui/document/documenttypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <vector>

namespace tangent::ui {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    // ---- Reading ----
    [[nodiscard]] int rowCount() const;
    [[nodiscard]] int columnCount() const { return static_cast<int>(m_columns.size()); }
    [[nodiscard]] const Column& column(int index) const { return m_columns.at(static_cast<std::size_t>(index)); }
    [[nodiscard]] const std::vector<Column>& columns() const { return m_columns; }
    [[nodiscard]] double value(int row, int column) const;
    /// The header as shown: "name [unit]" or "name".
    [[nodiscard]] QString columnTitle(int column) const;
    /// Text of cell (row, column) of a fromText column, or empty.
    [[nodiscard]] QString cellText(int row, int column) const;
    /// Columns loaded from text that is neither numbers nor dates (shown empty; see Column::fromText).
    [[nodiscard]] QList<int> textColumns() const;
    [[nodiscard]] const DerivativeSettings& settings() const { return m_settings; }
    /// The x column in use: settings().xColumn if it names a column, else -1 (uniform dx).
    [[nodiscard]] int effectiveXColumn() const;

    /// The derivatives of the table with the settings, kept up to date with every change, with their
    /// band, noise, groups and diagnostics (ui/document/derivatives/documentderivatives.h). The
    /// document re-emits their signals.
    [[nodiscard]] const DocumentDerivatives& derivatives() const { return m_derivatives; }
    /// For what is not an edit of the table: the band's settings, waiting for a computation.
    [[nodiscard]] DocumentDerivatives& derivatives() { return m_derivatives; }

    [[nodiscard]] QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    /// The name shown for the document (tab, window title): its file's name, or while it has no
    /// file the name it was given (a bundled sample's, e.g. "noisy-sine.csv"); empty when untitled.
    [[nodiscard]] QString displayName() const;
    /// Names a document that has no file (see displayName); emits filePathChanged so that titles
    /// follow. A new table clears it; a file path takes over from it.
    void setUntitledName(const QString& name);
    [[nodiscard]] QUndoStack* undoStack() { return &m_undoStack; }
    [[nodiscard]] bool isModified() const { return !m_undoStack.isClean(); }

    // ---- Whole-document operations (not undoable: they start a new history) ----
    /// Replaces everything with `table` (from the core's CSV reader). Text columns that parse as
    /// dates become DateTime columns; other text columns become gaps with their name kept.
    /// The numeric columns' values are taken over rather than copied.
    void loadTable(CsvTable&& table, const QString& path, const LoadPreferences& preferences = {});
    /// Replaces everything with the given columns and the default settings adjusted by
    /// `preferences`, computing the derivatives once.
    void loadColumns(std::vector<Column> columns, const QString& path, const LoadPreferences& preferences = {});
    /// Replaces everything with `columns` and exactly `settings` (a document restored after a
    /// crash), computing the derivatives once. loadColumns and loadTable end here.
    void restoreColumns(std::vector<Column> columns, const QString& path, const DerivativeSettings& settings);

    // ---- Edits: each pushes one undo command; no-op edits push nothing ----
    void setValue(int row, int column, double value);
    /// Pastes a block of values at (row, column), growing the table as needed; one undo step.
    void setBlock(int row, int column, const std::vector<std::vector<double>>& rows);
    void insertRows(int row, int count);
    void removeRows(int row, int count);
    void insertColumn(int column, const QString& name);
    void removeColumn(int column);
    void renameColumn(int column, const QString& name, const QString& unit);
    void setSettings(const DerivativeSettings& settings);
    /// Sets how the derivative is computed (its order is kept equal to settings().order). Changes
    /// pushed with the same non-zero `gesture` one after the other are one undo step (a slider
    /// drag); 0 makes every change its own step.
    void setSmoothing(const SmoothingOptions& options, int gesture = 0);
    /// Sorts every column by the x column, as one undo step.
    void sortByX();

signals:
    /// Cells [firstRow, lastRow] x [firstColumn, lastColumn] changed value.
    void cellsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);
    void rowsInserted(int row, int count);
    void rowsRemoved(int row, int count);
    void columnsChanged(); ///< columns added, removed, renamed or replaced
    void tableReset(); ///< everything replaced (load, sort)
    void settingsChanged();
    /// Derivatives were recomputed for rows [firstRow, lastRow] (all rows after a full recompute;
    /// lastRow < firstRow when the table is empty).
    void derivativesChanged(int firstRow, int lastRow);
    void diagnosticsChanged();
    void filePathChanged(const QString& path);
    /// A computation in the background started (true) or landed or was superseded (false).
    void computingChanged(bool computing);
    /// setUncertaintyBand changed the setting (derivativesChanged follows).
    void uncertaintyBandChanged(bool on);
    // Emitted before the change, so models can call beginInsertRows/beginRemoveRows/beginResetModel
    // while the old data are still in place.
    void rowsAboutToBeInserted(int row, int count);
    void rowsAboutToBeRemoved(int row, int count);
    /// Emitted before a change that ends in columnsChanged(), tableReset() or settingsChanged().
    void aboutToReset();

private:
    // The undo commands are the only writers: each applies its change through these and emits the
    // signals, so a change can never skip the undo stack.
    friend class SetValuesCommand;
    friend class InsertRowsCommand;
    friend class RemoveRowsCommand;
    friend class InsertColumnCommand;
    friend class RemoveColumnCommand;
    friend class RenameColumnCommand;
    friend class SetSettingsCommand;
    friend class SortByXCommand;
    friend class SetSmoothingCommand;

    void applyValues(int row, int column, const std::vector<std::vector<double>>& rows);
    /// `textByColumn` (empty, or one list per column) restores the text of fromText columns.
    void applyInsertRows(int row, const std::vector<std::vector<double>>& rowsByColumn,
        const std::vector<std::vector<QString>>& textByColumn = {});
    /// `removedText`, when given, receives the removed text of every column (empty lists for
    /// columns without text).
    std::vector<std::vector<double>> applyRemoveRows(
        int row, int count, std::vector<std::vector<QString>>* removedText = nullptr);
    void applyInsertColumn(int column, const Column& data);
    Column applyRemoveColumn(int column);
    void applyRename(int column, const QString& name, const QString& unit);
    void applySettings(const DerivativeSettings& settings);
    /// Reorders every column's rows: row i becomes the old row order[i].
    void applyRowOrder(const std::vector<std::size_t>& order);

    std::vector<Column> m_columns;
    DerivativeSettings m_settings;
    QString m_filePath;
    QString m_untitledName;
    QUndoStack m_undoStack;
    DocumentDerivatives m_derivatives { *this };
};

/// The columns of `table` as the document holds them: text columns that parse as dates become
/// DateTime columns; other text columns become gaps with their name kept (Document::loadTable).
std::vector<Column> columnsFromTable(CsvTable&& table);

} // namespace tangent::ui
