// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The import preview: shown when the reader is unsure of the delimiter, header or decimal comma.
// The user sees the first lines and how they parse, changes the choices, and confirms.

#include "core/io/csv.h"

#include <QDialog>

#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QPlainTextEdit;

namespace tangent::ui {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    /// `text` is the file's content; `detected` what the reader decided.
    ImportDialog(const QString& fileName, std::string text, const CsvTable& detected, QWidget* parent = nullptr);

    /// The options the user confirmed.
    [[nodiscard]] CsvReadOptions options() const;

private:
    void updatePreview();

    std::string m_text;
    QComboBox* m_delimiter = nullptr;
    QCheckBox* m_header = nullptr;
    QCheckBox* m_decimalComma = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QStandardItemModel* m_preview = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace tangent::ui
