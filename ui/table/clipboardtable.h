// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tab-separated blocks of cells, as spreadsheets put them on the clipboard: parsing a pasted block
// into numbers (reporting the first bad cell) and writing a selection back out.

#include "ui/document/documenttypes.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tangent::ui {

/// A parsed block. Rows may differ in length when the source dropped trailing empty cells.
struct ClipboardBlock {
    std::vector<std::vector<double>> rows;
    QString error; ///< empty if every cell parsed
    int errorRow = -1; ///< 0-based row of the first bad cell within the block
    int errorColumn = -1; ///< 0-based column of the first bad cell within the block

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/// Splits text into rows (by \n or \r\n; a final line break adds no row) and cells (by \t).
QList<QStringList> splitClipboardText(const QString& text);

/// One cell as a number: empty or NA-like ("NA", "N/A", "#N/A", "nan") is a gap (NaN). Accepts a
/// decimal point, the decimal comma when `locale` uses one, the locale's own format (with group
/// separators; where they are points, as in German, only beside a decimal comma, so that "1.234"
/// as Tangent copies it reads 1.234), and "1,5" with a single comma that cannot be a thousands
/// separator.
std::optional<double> parseClipboardNumber(const QString& cell, const QLocale& locale = QLocale());

/// Parses a pasted block. Column j of the block is read as `kinds[j]` (dates for DateTime columns,
/// numbers otherwise; missing entries are numbers). Stops at the first bad cell and names it.
ClipboardBlock parseClipboardTable(
    const QString& text, const QList<ColumnKind>& kinds = {}, const QLocale& locale = QLocale());

/// Writes cells as tab-separated rows joined by \n (no final line break). Tabs and line breaks
/// inside a cell become spaces so the block keeps its shape.
QString formatClipboardTable(const QList<QStringList>& rows);

} // namespace tangent::ui
