// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/sheets/sheetchooser.h"

#include "ui/i18n/coremessages.h"

#include "core/errors.h"
#include "core/io/fileio.h"
#include "core/sheets/xlsxwrite.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tangent::ui {

SheetChooser::SheetChooser(const QString& fileName, const std::vector<SheetInfo>& sheets, QWidget* parent)
    : QDialog(parent), m_sheets(sheets)
{
    setWindowTitle(tr("Choose a sheet"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(
        tr("%1 has %n sheet(s). Which one should be opened?", nullptr, static_cast<int>(sheets.size())).arg(fileName),
        this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Sheets"));
    for (const SheetInfo& info : m_sheets) {
        const QString name = QString::fromStdString(info.name);
        m_list->addItem(info.rows == 0 ? tr("%1 (empty)").arg(name)
                                       : tr("%1 (%n row(s))", nullptr, static_cast<int>(info.rows)).arg(name));
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    resize(360, 280);
}

QString SheetChooser::sheet() const
{
    const int row = m_list->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= m_sheets.size())
        return {};
    return QString::fromStdString(m_sheets[static_cast<std::size_t>(row)].name);
}

CsvTable readWorkbookSheet(const std::string& path, const std::string& sheet, std::vector<SheetInfo>& sheets)
{
    const std::string bytes = readWholeFile(path);
    if (sheet.empty()) {
        sheets = listSheets(bytes, path);
        if (sheets.size() > 1)
            return {};
        sheets.clear();
    }
    WorkbookReadOptions options;
    options.sheet = sheet;
    return readSheet(bytes, options, path);
}

QString writeWorkbook(const QString& path, const std::string& csv)
{
    // Absolute, as writeAtomically does, so that a file named "-" is never standard output.
    const std::string target = QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString();
    try {
        writeCsvAsXlsx(csv, target);
    } catch (const InputError& e) {
        return translateMessage(e.userMessage());
    } catch (const std::exception& e) {
        return translateException(e);
    }
    return {};
}

} // namespace tangent::ui
