// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The table the user edits: the document's columns followed by one read-only derivative column per
// differentiated y column. A thin adapter: it reads the Document and turns its signals into model
// signals; edits go to the Document, which pushes undo commands.

#include "ui/document/documenttypes.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace tangent::ui {

class Document;

class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Display and edit texts follow the default QLocale (a decimal comma in German); this role
    /// gives a cell's exact value in the C locale, as CSV files and copied cells carry it.
    static constexpr int CTextRole = Qt::UserRole + 1;

    /// Views keep state per row (QHeaderView holds a section for each), so a table of millions
    /// of rows is handed to them kRowsPerFetch rows at a time, more as they scroll to the end
    /// (canFetchMore/fetchMore) or ask for a row (showRowsThrough). Smaller tables are shown whole.
    static constexpr int kRowsPerFetch = 1'000'000;

    /// `rowsPerFetch`: see kRowsPerFetch (tests make it small).
    explicit TableModel(Document* document, QObject* parent = nullptr, int rowsPerFetch = kRowsPerFetch);

    [[nodiscard]] Document* document() const { return m_document; }
    /// Shows `document` instead (the window's current tab): one model reset.
    void setDocument(Document* document);

    /// The rows shown so far: the document's, up to the ones not fetched yet.
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Shows every row up to document row `row` (clamped to the table).
    void showRowsThrough(int row);
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// True if `modelColumn` shows a derivative (read-only).
    [[nodiscard]] bool isDerivativeColumn(int modelColumn) const;
    /// Index into document()->derivatives().results() shown by `modelColumn`, or -1 for a data column.
    [[nodiscard]] int derivativeColumnFor(int modelColumn) const;
    /// The model column showing the derivative of document column `yColumn`, or -1.
    [[nodiscard]] int modelColumnForDerivative(int yColumn) const;

    /// Reads `text` as a value of document column `column`: the default locale first, then the C
    /// locale; empty is a gap; dates in DateTime columns. On failure returns nullopt and, if
    /// `error` is given, a message saying what is wrong and where (`row` is 0-based).
    [[nodiscard]] std::optional<double> parseCell(
        const QString& text, int row, int column, QString* error = nullptr) const;

    /// Paints the cells of document column `yColumn` in `rows` with a highlight background, and
    /// the derivative of `yColumn` in `derivativeRow` with a stronger one: the values that entered
    /// the derivative the Explain panel shows. `yColumn` -1 highlights `rows` in every
    /// differentiated y column; `derivativeRow` -1 marks no derivative cell. Signals dataChanged
    /// (BackgroundRole) for the old and new rows only.
    void setHighlightedRows(const QList<int>& rows, int yColumn = -1, int derivativeRow = -1);
    [[nodiscard]] QList<int> highlightedRows() const { return m_highlightedRows; }

signals:
    /// Text typed into a cell was not accepted; `message` says what is wrong and where.
    void invalidInput(const QString& message);

private:
    void connectDocument();
    void endReset();
    [[nodiscard]] bool isHighlighted(int row, int documentColumn) const;
    void emitRowsChanged(const QList<int>& rows);

    Document* m_document;
    bool m_resetting = false;
    int m_rowsPerFetch;
    int m_shownRows = 0; ///< rows the views know of: the first rows of the document
    bool m_signalling = false; ///< inside one of the model's own change signals
    int m_pendingRows = 0; ///< rows of the insertion or removal under way that the views see
    QList<int> m_highlightedRows;
    int m_highlightedColumn = -1;
    int m_highlightedDerivativeRow = -1;
};

} // namespace tangent::ui
