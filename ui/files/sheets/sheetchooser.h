// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sheet chooser: shown when a workbook (.xlsx, .ods) opened without --sheet has more than one
// sheet. It lists the sheets with their row counts; the first is chosen to begin with. Beside it,
// the window's reading and writing of workbooks (plain C++, for the loading thread).

#include "core/sheets/workbook.h"

#include <QDialog>

#include <string>
#include <vector>

class QListWidget;

namespace tangent::ui {

class SheetChooser : public QDialog {
    Q_OBJECT
public:
    SheetChooser(const QString& fileName, const std::vector<SheetInfo>& sheets, QWidget* parent = nullptr);

    /// The chosen sheet's name.
    [[nodiscard]] QString sheet() const;

private:
    std::vector<SheetInfo> m_sheets;
    QListWidget* m_list = nullptr;
};

/// Reads sheet `sheet` of the workbook at `path` as the CSV reader's table. With an empty `sheet`
/// a workbook of several sheets gives no table but its sheets in `sheets` (for the chooser); a
/// workbook of one sheet gives that sheet. Throws InputError naming the file and the sheet.
CsvTable readWorkbookSheet(const std::string& path, const std::string& sheet, std::vector<SheetInfo>& sheets);

/// Writes `csv` (the derivative CSV) as the workbook tangent-cli -o FILE.xlsx writes
/// (writeCsvAsXlsx), atomically. Returns the error in words, or an empty string.
QString writeWorkbook(const QString& path, const std::string& csv);

} // namespace tangent::ui
